"""Team exchange in the GUI: W3C import/export, Needs Attention, carry-over, author layers.

:class:`gui.exchange.controller.ExchangeFeature` builds it; gui/features.py installs it.
"""
