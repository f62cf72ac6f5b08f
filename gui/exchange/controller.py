"""Team exchange in the window: import, export, Needs Attention, carry-over, author layers.

Attaches through the main window's extension points only (menus, docks, ``documentShown``,
dropped files) and changes annotations only through the shared state's operations, so the
reader and the annotations feature know nothing about exchange.  Each job lives in its own
module; this one wires them together.
"""
from __future__ import annotations

from PySide6.QtCore import QObject

from gui.core.host import FeatureHost
from gui.exchange.attention import AttentionController
from gui.exchange.carry_controller import CarryOverController
from gui.exchange.export_flow import ExportFlow
from gui.exchange.import_flow import ANNOTATION_SUFFIXES, ImportFlow
from gui.exchange.layers_menu import LayersMenu

IMPORT_SHORTCUT = "Ctrl+Shift+I"
EXPORT_SHORTCUT = "Ctrl+Shift+E"


class ExchangeFeature(QObject):
    def __init__(self, window: FeatureHost) -> None:
        super().__init__(window)
        self.setObjectName("exchangeFeature")
        self.window = window
        self.attention = AttentionController(window)
        self.importer = ImportFlow(window)
        self.exporter = ExportFlow(window)
        self.carry = CarryOverController(window, self.attention)
        self.importer.imported.connect(self._after_import)

        window.menu("&File").addSeparator()
        self.import_action = window.add_action("&File", self.tr("&Import Annotations…"), self.importer.choose_and_start,
                                               IMPORT_SHORTCUT, "importAnnotationsAction")
        self.export_action = window.add_action("&File", self.tr("&Export Annotations…"), self.exporter.open_dialog,
                                               EXPORT_SHORTCUT, "exportAnnotationsAction")
        window.menu("&File").addSeparator()
        self.layers_menu = LayersMenu(window)
        self.layers = self.layers_menu.layers
        self.importer.busyChanged.connect(lambda busy: self.import_action.setEnabled(not busy))
        # Dropped .json/.jsonld files are annotation files: import them (reports the window opens).
        window.accept_drops(ANNOTATION_SUFFIXES)
        window.fileDropped.connect(self._on_dropped)

    def _on_dropped(self, path: str) -> None:
        if path.lower().endswith(ANNOTATION_SUFFIXES):
            self.importer.start(path)

    def _after_import(self, summary) -> None:
        # The file may have gone to an earlier version of the shown report: offer to carry it.
        self.carry.check()
        if self.attention.refresh() and (summary.needs_review or summary.orphaned):
            self.attention.reveal()
