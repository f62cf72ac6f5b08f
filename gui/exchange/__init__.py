"""Team exchange in the GUI: W3C import/export, Needs Attention, carry-over, author layers."""
from __future__ import annotations


def install(window) -> None:
    """Attach the exchange feature to ``window`` (exposed as ``window.exchange``)."""
    from gui.exchange.controller import ExchangeController

    window.exchange = ExchangeController(window)
