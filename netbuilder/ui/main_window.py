"""The main window: canvas in the middle, palette and inspector docked, menus, file handling."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QFrame,
    QMenu,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QToolBar,
    QVBoxLayout,
)

from .. import assets, templates
from .._version import __version__
from ..files import describe_size
from ..i18n import fill, translate
from ..io import NetworkFileError, load, save
from ..model.network import Network
from . import settings
from .autosave import Autosave, find_recoverable
from .canvas.scene import NetworkScene
from .canvas.view import CanvasView
from .document import Document
from .editor import Editor
from .icons import app_icon, icon
from .inspector import Inspector
from .palette import Palette
from .status import ValidationStatus
from .values import ask_value

#: How much larger the canvas and the walkthrough are drawn in presentation mode (F5).
PRESENTATION_SCALE = 1.6

#: Windows that replaced another (a language switch): kept alive here, as the app keeps its first one.
_WINDOWS: list = []

#: File → Save Run Recordings: the runs' recordings (for replay) go into the file within this many bytes of
#: parameters, thinned to fit (see netbuilder.io.save's ``recording_bytes``).
SAVE_RECORDING_BYTES = 8 * 2**20


def file_filter() -> str:
    """The file dialogs' filter, in the window's language."""
    return translate("MainWindow", "NetBuilder networks (*.nbn)") + ";;" + translate("MainWindow", "All files (*)")


class TemplateDialog(QDialog):
    """File → New: an empty network or one of the tutorial networks."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("MainWindow", "New network"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("MainWindow", "Start from:")))
        self.list = QListWidget()
        self.description = QLabel()
        self.description.setWordWrap(True)
        for key, (title, factory, _) in templates.TEMPLATES.items():
            item = QListWidgetItem(translate("Templates", title))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.list.addItem(item)
        self.list.currentItemChanged.connect(self._describe)
        self.list.itemDoubleClicked.connect(lambda _: self.accept())
        layout.addWidget(self.list)
        layout.addWidget(self.description)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.setCurrentRow(1)
        self.resize(460, 380)

    def _describe(self, item) -> None:
        if item is None:
            return
        key = item.data(Qt.ItemDataRole.UserRole)
        net = templates.TEMPLATES[key][1]()
        text = translate("Examples", net.description) if net.description in templates.TEXTS else net.description
        self.description.setText(text or translate("MainWindow", "An empty canvas."))

    def choice(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None


class DockScroll(QScrollArea):
    """A dock's panel in a scroll area: the dock shrinks as far as the window needs, the panel scrolls."""

    def __init__(self, content, parent=None):
        super().__init__(parent)
        self.setObjectName(f"{content.objectName() or 'panel'}Scroll")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(content)

    def minimumSizeHint(self):  # noqa: N802 - Qt API
        # room for the scroll bars and a little of the panel, however large the panel's own minimum
        return QSize(min(120, super().minimumSizeHint().width()), min(80, super().minimumSizeHint().height()))

    def sizeHint(self):  # noqa: N802 - Qt API
        # what the panel would like, but never so much that a growing window gives all its room to one dock
        hint = self.widget().sizeHint() if self.widget() is not None else super().sizeHint()
        return QSize(min(hint.width(), 420), min(hint.height(), 360))


def dock_content(dock: QDockWidget):
    """The panel a dock shows (inside its scroll area)."""
    widget = dock.widget()
    return widget.widget() if isinstance(widget, DockScroll) else widget


class MainWindow(QMainWindow):
    #: A sentence for the status bar.
    message = Signal(str)

    def __init__(self, network: Network | None = None, path: str | Path | None = None, *, autosave: bool = True,
                 remember_layout: bool = True, document: Document | None = None):
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        #: Set when this window handed its document to a new one (see :meth:`rebuild`): it closes silently.
        self.handed_over = False
        if document is not None:  # another window's document, undo history and all (a language switch)
            self.doc = document
            document.setParent(self)
        else:
            self.doc = Document(network or templates.empty(), path, self)
        self.scene = NetworkScene(self.doc, self)
        self.view = CanvasView(self.scene, self)
        self.setCentralWidget(self.view)
        self.editor = Editor(self.doc, self.scene, self)
        self.presenting = False
        self._build_docks()
        self._build_actions()
        self._build_menus()
        self._build_status()
        self._connect()
        self._install_features()
        self.autosave = Autosave(self.doc, parent=self) if autosave else None
        self.setAcceptDrops(True)
        self.resize(1280, 820)
        #: False for screenshots: the default layout, and the user's saved one left alone.
        self.remember_layout = remember_layout
        geometry, state = settings.window_state() if remember_layout else (None, None)
        if geometry is not None:
            self.restoreGeometry(geometry)
        self._shown_once = False
        self._restored_state = state is not None
        if state is not None:
            self.restoreState(state)
        self.fit_to_screen()
        self._update_title()
        QTimer.singleShot(0, self.view.fit)

    # -- construction ----------------------------------------------------------------------------

    def _build_docks(self) -> None:
        self.palette = Palette(self)
        self.palette_dock = QDockWidget(translate("MainWindow", "Palette"), self)
        self.palette_dock.setObjectName("paletteDock")
        self.palette_dock.setWidget(self.palette)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.palette_dock)
        self.inspector = Inspector(self.doc, self.scene, self.editor, self)
        self.inspector_dock = QDockWidget(translate("MainWindow", "Inspector"), self)
        self.inspector_dock.setObjectName("inspectorDock")
        self.inspector_dock.setWidget(self.inspector)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.inspector_dock)
        self.resizeDocks([self.palette_dock, self.inspector_dock], [180, 330], Qt.Orientation.Horizontal)

    def _action(self, text: str, slot, shortcut=None, icon_name: str | None = None, checkable: bool = False) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            if isinstance(shortcut, (list, tuple)):
                action.setShortcuts([QKeySequence(s) if isinstance(s, str) else QKeySequence(s) for s in shortcut])
            else:
                action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        K = QKeySequence.StandardKey
        self.act_new = self._action(translate("MainWindow", "&New…"), self.new_document, K.New, "new")
        self.act_open = self._action(translate("MainWindow", "&Open…"), self.open_dialog, K.Open, "open")
        self.act_save = self._action(translate("MainWindow", "&Save"), self.save, K.Save, "save")
        self.act_save_as = self._action(translate("MainWindow", "Save &As…"), self.save_as, "Ctrl+Shift+S")
        self.act_save_recordings = self._action(
            fill(translate("MainWindow", "Save Run &Recordings (up to %1)"), describe_size(SAVE_RECORDING_BYTES)),
            lambda on: settings.set_flag("files/save_recordings", on), None, checkable=True)
        self.act_save_recordings.setChecked(settings.flag("files/save_recordings", False))
        self.act_save_recordings.setToolTip(translate("MainWindow", "Save and Save As also write each run's "
                                                                    "recording, so the timeline can replay it "
                                                                    "when the file is opened again"))
        self.act_quit = self._action(translate("MainWindow", "&Quit"), self.close, K.Quit)
        self.act_undo = self.doc.undo_stack.createUndoAction(self, translate("MainWindow", "&Undo"))
        self.act_undo.setShortcut(K.Undo)
        self.act_undo.setIcon(icon("undo"))
        self.act_redo = self.doc.undo_stack.createRedoAction(self, translate("MainWindow", "&Redo"))
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.act_redo.setIcon(icon("redo"))
        self.act_copy = self._action(translate("MainWindow", "&Copy"), self.editor.copy_selection, K.Copy)
        self.act_cut = self._action(translate("MainWindow", "Cu&t"), self.cut, K.Cut)
        self.act_paste = self._action(translate("MainWindow", "&Paste"), self.editor.paste, K.Paste)
        self.act_delete = self._action(translate("MainWindow", "&Delete"), self.delete_selection,
                                       [QKeySequence(Qt.Key.Key_Delete), QKeySequence(Qt.Key.Key_Backspace)], "delete")
        self.act_select_all = self._action(translate("MainWindow", "Select &All"), self._select_all, K.SelectAll)
        self.act_zoom_in = self._action(translate("MainWindow", "Zoom &In"), self.view.zoom_in,
                                        [QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")], "zoom-in")
        self.act_zoom_out = self._action(translate("MainWindow", "Zoom &Out"), self.view.zoom_out,
                                         QKeySequence("Ctrl+-"), "zoom-out")
        self.act_fit = self._action(translate("MainWindow", "&Fit to Window"), self.view.fit, QKeySequence("Ctrl+0"),
                                    "fit")
        self.act_arrange = self._action(translate("MainWindow", "&Arrange Layers"), self.editor.auto_layout,
                                        QKeySequence("Ctrl+L"), "arrange")
        self.act_values = self._action(translate("MainWindow", "Show &Weight Values"),
                                       lambda on: self.scene.set_show_values(on), None, checkable=True)
        self.act_legend = self._action(translate("MainWindow", "Show &Legend"), self._toggle_legend, None,
                                       checkable=True)
        self.act_legend.setChecked(True)
        self.act_present = self._action(translate("MainWindow", "&Presentation Mode"), self.toggle_presentation,
                                        QKeySequence(Qt.Key.Key_F5), "present", checkable=True)
        self.act_about = self._action(translate("MainWindow", "&About NetBuilder"), self.about)
        self.act_guide = self._action(translate("MainWindow", "&Getting Started"), self.show_guide,
                                      QKeySequence.StandardKey.HelpContents)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(translate("MainWindow", "&File"))
        self.file_menu.addAction(self.act_new)
        self.file_menu.addAction(self.act_open)
        self.recent_menu = self.file_menu.addMenu(translate("MainWindow", "Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.examples_menu = self.file_menu.addMenu(translate("MainWindow", "E&xamples"))
        order = [name for _, _, name in templates.TEMPLATES.values() if name]
        for path in sorted(assets.examples(), key=lambda p: (order.index(p.name) if p.name in order else len(order),
                                                              p.name)):
            action = self.examples_menu.addAction(translate("Templates", templates.example_title(path.name)))
            action.setData(path.name)
            action.triggered.connect(lambda checked=False, p=path: self.open_example(p))
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_save)
        self.file_menu.addAction(self.act_save_as)
        self.file_menu.addAction(self.act_save_recordings)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_quit)

        self.edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
        for a in (self.act_undo, self.act_redo, None, self.act_cut, self.act_copy, self.act_paste, self.act_delete, None, self.act_select_all):
            self.edit_menu.addSeparator() if a is None else self.edit_menu.addAction(a)

        self.view_menu = bar.addMenu(translate("MainWindow", "&View"))
        for a in (self.act_zoom_in, self.act_zoom_out, self.act_fit, self.act_arrange, None, self.act_values, self.act_legend, self.act_present):
            self.view_menu.addSeparator() if a is None else self.view_menu.addAction(a)
        self.panels_menu = self.view_menu.addMenu(translate("MainWindow", "&Panels"))
        self.register_dock(self.palette_dock)
        self.register_dock(self.inspector_dock)

        self.help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        self.help_menu.addAction(self.act_guide)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.act_about)

        self.toolbar = QToolBar(translate("MainWindow", "Main toolbar"), self)
        self.toolbar.setObjectName("mainToolbar")
        for a in (self.act_new, self.act_open, self.act_save, None, self.act_undo, self.act_redo, self.act_delete, None,
                  self.act_zoom_in, self.act_zoom_out, self.act_fit, self.act_arrange, None, self.act_present):
            self.toolbar.addSeparator() if a is None else self.toolbar.addAction(a)
        self.addToolBar(self.toolbar)

    def _install_features(self) -> None:
        """The panels that live beside the canvas, each owning its dock, menu entries and wiring."""
        from .data import install_data_panel
        from .export_actions import install_export_actions
        from .panels import install_panels
        from .training import install_training
        from .walkthrough import install_walkthrough

        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.training = install_training(self)
        self.exports = install_export_actions(self)
        self.panels = install_panels(self)
        self.training.watchers.append(self.panels)
        # the panels' probe: its feature sample follows the panel, what it computes what is on the screen
        self.training.probe_factory = self.panels.make_probe
        from .replay import install_replay

        install_replay(self)  # the timeline under the loss plot replays recorded runs
        install_data_panel(self)
        install_walkthrough(self)
        from .language_menu import install_language_menu

        install_language_menu(self)
        self._scroll_docks()
        self._arrange_docks()
        self.training.panel.chooseDataRequested.connect(self.act_choose_data.trigger)
        self.train_menu = self.menuBar().insertMenu(self.help_menu.menuAction(),
                                                    QMenu(translate("MainWindow", "&Train"), self)).menu()
        panel = self.training.panel
        self.act_train = self._action(translate("MainWindow", "&Start training"), lambda: self.training.start(),
                                      "Ctrl+T", "play")
        self.act_pause = self._action(translate("MainWindow", "&Pause / resume"), panel.pause_or_resume, "Ctrl+Shift+P",
                                      "pause")
        self.act_step = self._action(translate("MainWindow", "Train one &step"), self.training.step, "Ctrl+Shift+T",
                                     "step")
        self.act_stop = self._action(translate("MainWindow", "S&top training"), self.training.controller.stop, "Ctrl+.",
                                     "stop")
        self.act_reset_weights = self._action(translate("MainWindow", "&Reset weights"), self.training.reset_weights,
                                              None, "reset")
        for a in (self.act_train, self.act_pause, self.act_step, self.act_stop, None, self.act_reset_weights):
            self.train_menu.addSeparator() if a is None else self.train_menu.addAction(a)
        self.toolbar.addSeparator()
        for a in (self.act_train, self.act_pause, self.act_step, self.act_stop):
            self.toolbar.addAction(a)
        self.training.controller.stateChanged.connect(self._training_state)
        self._training_state("idle")
        from .compare_dialog import install_compare

        install_compare(self)  # Train → Compare…
        from .lessons import install_lessons

        install_lessons(self)  # Help → Lessons, the lesson panel, and its locks on the editor and training panel

    def _arrange_docks(self) -> None:
        """The first-run layout (a saved one replaces it): building tools on the left, what is selected and
        what the network computes on the right, data and curves below the canvas, tabbed."""
        every = self.findChildren(QDockWidget)
        left = Qt.DockWidgetArea.LeftDockWidgetArea
        self.addDockWidget(left, self.palette_dock)
        self.addDockWidget(left, self.training.dock)
        self.splitDockWidget(self.palette_dock, self.training.dock, Qt.Orientation.Vertical)
        docks = self.panels.docks
        bottom = [docks["loss"], docks["gradient_flow"], self.data_dock, docks["metrics"], docks["activation_plot"],
                  self.walkthrough_dock]
        for dock in bottom:
            self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        for dock in bottom[1:]:
            self.tabifyDockWidget(bottom[0], dock)
        self.walkthrough_dock.hide()
        right = [docks["boundary"], docks["weights"], docks["activations"], docks["filters"], docks["feature_maps"]]
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.inspector_dock)
        self.splitDockWidget(self.inspector_dock, right[0], Qt.Orientation.Vertical)
        for dock in right[1:]:
            self.tabifyDockWidget(right[0], dock)
        for dock in every:
            if dock is not self.walkthrough_dock:
                dock.show()
        for dock in (bottom[0], right[0]):
            dock.raise_()
        self._default_sizes()

    def _default_sizes(self) -> None:
        """Sized for a 1280 × 720 projector and up: narrow side columns, the canvas and the curves in the middle."""
        right = self.panels.docks["boundary"]
        self.resizeDocks([self.palette_dock, self.inspector_dock], [240, 330], Qt.Orientation.Horizontal)
        self.resizeDocks([self.palette_dock, self.training.dock], [170, 520], Qt.Orientation.Vertical)
        self.resizeDocks([self.inspector_dock, right], [300, 300], Qt.Orientation.Vertical)
        self.resizeDocks([self.panels.docks["loss"]], [240], Qt.Orientation.Vertical)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            if not self._restored_state:  # the first layout, at the size the window really has
                QTimer.singleShot(0, self._default_sizes)

    def _scroll_docks(self) -> None:
        """Every dock's panel sits in a scroll area: a dock can be made as small as the screen needs, and a
        panel smaller than its own minimum scrolls instead of pushing the window past the screen's edge."""
        for dock in self.findChildren(QDockWidget):
            content = dock.widget()
            if content is None or isinstance(content, DockScroll):
                continue
            dock.setWidget(DockScroll(content, dock))

    def fit_to_screen(self, area=None) -> None:
        """Keep the window on its screen: never larger than the screen's available area (a geometry saved on a
        larger screen, or a default size larger than a small laptop's), and not beyond its edges. ``area`` (a
        QRect) stands for the screen's available area."""
        if area is None:
            screen = self.screen() or QGuiApplication.primaryScreen()
            if screen is None:
                return
            area = screen.availableGeometry()
        if self.isMaximized() or self.isFullScreen():
            return
        frame = self.frameGeometry()
        extra_w = max(0, frame.width() - self.width())
        extra_h = max(0, frame.height() - self.height())
        width = min(self.width(), area.width() - extra_w)
        height = min(self.height(), area.height() - extra_h)
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        frame = self.frameGeometry()
        x = min(max(frame.x(), area.x()), area.x() + area.width() - frame.width())
        y = min(max(frame.y(), area.y()), area.y() + area.height() - frame.height())
        if (x, y) != (frame.x(), frame.y()):
            self.move(x, y)

    def _training_state(self, state: str) -> None:
        self.act_train.setEnabled(state == "idle")
        self.act_pause.setEnabled(state in ("running", "paused"))
        self.act_step.setEnabled(state in ("idle", "paused"))
        self.act_stop.setEnabled(state != "idle")
        self.act_reset_weights.setEnabled(state == "idle")

    def register_dock(self, dock: QDockWidget) -> None:
        """Panels can be closed and brought back from View → Panels."""
        self.panels_menu.addAction(dock.toggleViewAction())

    def _build_status(self) -> None:
        self.validation = ValidationStatus(self.doc, self)
        self.statusBar().addPermanentWidget(self.validation)
        self.validation.problemChosen.connect(self.select_layers)

    def _connect(self) -> None:
        self.doc.modifiedChanged.connect(lambda _: self._update_title())
        self.doc.pathChanged.connect(lambda _: self._update_title())
        self.doc.settingsChanged.connect(lambda _: self._update_title())
        self.editor.message.connect(self.show_message)
        self.inspector.message.connect(self.show_message)
        self.message.connect(self.show_message)
        self.palette.entryActivated.connect(lambda entry: self.editor.add_from_palette(entry, None, self._selected_layer()))
        self.view.paletteDropped.connect(lambda entry, pos, target: self.editor.add_from_palette(entry, pos, target or None))
        self.scene.neuronDoubleClicked.connect(self.edit_bias)
        self.scene.edgeDoubleClicked.connect(self.edit_weight)
        self.scene.connectionDoubleClicked.connect(self.inspector.show_connection)
        self.doc.reset.connect(lambda: QTimer.singleShot(0, self.view.fit))

    # -- small helpers ----------------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        if text:
            self.statusBar().showMessage(text, 8000)

    def _selected_layer(self) -> str | None:
        layers = self.scene.selected_layers()
        return layers[0] if len(layers) == 1 else None

    def select_layers(self, layer_ids) -> None:
        self.scene.select_layers(layer_ids)
        items = [self.scene.layer_items[i] for i in layer_ids if i in self.scene.layer_items]
        if items:
            self.view.ensureVisible(items[0])

    def _select_all(self) -> None:
        for item in self.scene.layer_items.values():
            item.setSelected(True)

    def _toggle_legend(self, on: bool) -> None:
        self.view.show_legend = on
        self.view.viewport().update()

    def delete_selection(self) -> None:
        if not self.editor.delete_selection():
            self.show_message(translate("MainWindow", "Select layers, connections or edges to delete."))

    def cut(self) -> None:
        if self.editor.copy_selection():
            self.editor.delete_selection()

    def _update_title(self) -> None:
        name = self.doc.path.name if self.doc.path else fill(translate("MainWindow", "%1 (not saved yet)"),
                                                             self.doc.network.name)
        self.setWindowTitle(f"{name}[*] — NetBuilder")
        self.setWindowModified(self.doc.modified)
        self.setWindowFilePath(str(self.doc.path) if self.doc.path else "")

    # -- values typed by hand ------------------------------------------------------------------------

    def edit_bias(self, layer_id: str, i: int) -> None:
        layer = self.doc.network.layers[layer_id]
        value = ask_value(self, translate("MainWindow", "Edit bias"),
                          fill(translate("MainWindow", "Bias of neuron %1 of “%2”:"), i + 1, layer.name),
                          float(layer.bias[i]))
        if value is not None:
            self.editor.set_bias(layer_id, i, value)

    def edit_weight(self, connection_id: str, i: int, j: int) -> None:
        conn = self.doc.network.connections[connection_id]
        label = self.editor.edge_label(connection_id, i, j)
        value = ask_value(self, translate("MainWindow", "Edit weight"),
                          fill(translate("MainWindow", "Weight %1:"), label), float(conn.weights[i, j]))
        if value is not None:
            self.editor.set_weight(connection_id, i, j, value)

    # -- files ---------------------------------------------------------------------------------------

    def file_error(self, title: str, sentence: str, error: Exception) -> None:
        """A file could not be read or written: what happened in the window's language, and the reader's exact
        words (file, line, field) below as the details."""
        box = QMessageBox(QMessageBox.Icon.Critical, title, sentence, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("fileErrorBox")
        box.setInformativeText(fill(translate("MainWindow", "Details: %1"), error))
        box.exec()

    def maybe_save(self) -> bool:
        """Ask to save unsaved changes; False means the user cancelled."""
        if not self.doc.modified:
            return True
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("MainWindow", "Unsaved changes"))
        box.setText(fill(translate("MainWindow", "“%1” has changes that are not saved."), self.doc.display_name))
        box.setInformativeText(translate("MainWindow", "Save them before going on?"))
        box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def leave_document(self) -> bool:
        """Before another document replaces this one: a run is stopped and what it trained applied (so the
        save prompt covers it), then unsaved changes are asked about; False means the user cancelled."""
        self.training.stop_and_wait()
        return self.maybe_save()

    def set_network(self, network: Network, path: str | Path | None = None, *, modified: bool = False) -> None:
        self.training.stop_and_wait()  # a run must never apply its weights to the next document
        self.statusBar().clearMessage()  # the last document's messages go with it
        self.doc.set_network(network, path)
        if modified:
            self.doc.mark_modified()
        self._update_title()

    def new_document(self) -> bool:
        if not self.leave_document():
            return False
        dialog = TemplateDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.choice() is None:
            return False
        self.new_from_template(dialog.choice())
        return True

    def new_from_template(self, key: str) -> None:
        self.set_network(templates.localize(templates.TEMPLATES[key][1](), translate))
        self.doc.origin = key

    def open_dialog(self) -> bool:
        if not self.leave_document():
            return False
        path, _ = QFileDialog.getOpenFileName(self, translate("MainWindow", "Open network"), settings.last_directory(),
                                              file_filter())
        return self.open_file(path, ask=False) if path else False

    def open_file(self, path: str | Path, *, ask: bool = True) -> bool:
        """Open a network file; on any problem the current network stays as it was."""
        if ask and not self.leave_document():
            return False
        try:
            network = load(path)
        except NetworkFileError as exc:
            self.file_error(translate("MainWindow", "Cannot open file"),
                            fill(translate("MainWindow", "“%1” could not be opened: it is not a network file "
                                                         "NetBuilder can read, or it is damaged. The network on "
                                                         "screen stays as it was."), Path(path).name), exc)
            if not Path(path).exists():
                settings.remove_recent_file(str(path))
            return False
        self.set_network(network, path)
        settings.add_recent_file(path)
        self.show_message(fill(translate("MainWindow", "Opened %1."), Path(path).name))
        return True

    def open_example(self, path: Path) -> bool:
        """Examples open as untitled copies, so saving never writes into the installed files."""
        if not self.leave_document():
            return False
        try:
            network = load(path)
        except NetworkFileError as exc:
            self.file_error(translate("MainWindow", "Cannot open example"),
                            fill(translate("MainWindow", "The example “%1” could not be opened."), path.name), exc)
            return False
        self.set_network(templates.localize(network, translate))
        self.doc.origin = path.stem
        return True

    def save(self) -> bool:
        if self.doc.path is None:
            return self.save_as()
        return self._write(self.doc.path)

    def save_as(self) -> bool:
        start = str(Path(settings.last_directory()) / f"{self.doc.network.name or 'network'}.nbn")
        path, _ = QFileDialog.getSaveFileName(self, translate("MainWindow", "Save network"), start, file_filter())
        if not path:
            return False
        if not path.endswith(".nbn"):
            path += ".nbn"
        return self._write(Path(path))

    def _write(self, path: Path) -> bool:
        recordings = SAVE_RECORDING_BYTES if self.act_save_recordings.isChecked() else 0
        try:
            save(self.doc.network, path, recording_bytes=recordings)
        except NetworkFileError as exc:
            self.file_error(translate("MainWindow", "Cannot save"),
                            fill(translate("MainWindow", "“%1” could not be saved. The network is still open; "
                                                         "nothing was lost."), path.name), exc)
            return False
        self.doc.mark_saved(path)
        settings.add_recent_file(path)
        self.show_message(fill(translate("MainWindow", "Saved %1."), path.name))
        return True

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = settings.recent_files()
        if not files:
            self.recent_menu.addAction(translate("MainWindow", "(none yet)")).setEnabled(False)
        for path in files:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda checked=False, p=path: self.open_file(p))

    def offer_recovery(self) -> bool:
        """After a crash: offer the autosaved work back. Returns True if something was recovered."""
        found = find_recoverable(self.autosave.directory if self.autosave else None)
        if not found:
            return False
        item = found[-1]
        answer = QMessageBox.question(
            self,
            translate("MainWindow", "Recover unsaved work?"),
            fill(translate("MainWindow", "NetBuilder did not close properly last time. "
                                         "Recover the unsaved network %1?"), item.describe()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            for f in found:
                f.discard()
            return False
        try:
            network = item.load()
        except NetworkFileError as exc:
            self.file_error(translate("MainWindow", "Cannot recover"),
                            translate("MainWindow", "The autosaved network could not be read."), exc)
            return False
        self.set_network(network, item.original, modified=True)
        for f in found:
            f.discard()
        self.autosave.save_now()
        self.show_message(translate("MainWindow", "Recovered. Save it to keep it."))
        return True

    # -- drag and drop of files -----------------------------------------------------------------------

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        urls = event.mimeData().urls()
        if urls and any(u.toLocalFile().endswith(".nbn") for u in urls):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # noqa: N802
        for url in event.mimeData().urls():
            path = url.toLocalFile()
            if path.endswith(".nbn"):
                event.acceptProposedAction()
                QTimer.singleShot(0, lambda p=path: self.open_file(p))
                return
        event.ignore()

    # -- presentation ----------------------------------------------------------------------------------

    def toggle_presentation(self, on: bool | None = None) -> None:
        """Classroom mode: bigger text and values on every edge, editing controls hidden (F5)."""
        self.presenting = (not self.presenting) if on is None else bool(on)
        if self.act_present.isChecked() != self.presenting:
            self.act_present.setChecked(self.presenting)
        walkthrough = getattr(self, "walkthrough_dock", None)
        if self.presenting:
            self._docks_before = {d: d.isVisible() for d in self.findChildren(QDockWidget)}
            for dock in self._docks_before:
                if dock is not walkthrough:  # an open walkthrough stays, enlarged like the canvas
                    dock.hide()
            self.toolbar.hide()
            self.scene.set_font_scale(PRESENTATION_SCALE)
            self.scene.set_show_values(True)
            self._scale_walkthrough(PRESENTATION_SCALE)
            if walkthrough is not None and walkthrough.isVisible() and not walkthrough.isFloating():
                self.resizeDocks([walkthrough], [int(self.height() * 0.55)], Qt.Orientation.Vertical)
        else:
            for dock, visible in getattr(self, "_docks_before", {}).items():
                dock.setVisible(visible)
            self.toolbar.show()
            self.scene.set_font_scale(1.0)
            self.scene.set_show_values(self.act_values.isChecked())
            self._scale_walkthrough(1.0)
        self.scene.set_read_only(self.presenting)
        QTimer.singleShot(0, self.view.fit)

    def show_guide(self):
        """Help → Getting started: the first steps, in a window beside this one (one at a time)."""
        from .guide import GuideDialog

        guide = getattr(self, "guide", None)
        if guide is None:
            guide = self.guide = GuideDialog(self)
        guide.show()
        guide.raise_()
        guide.activateWindow()
        return guide

    def _scale_walkthrough(self, scale: float) -> None:
        """The walkthrough's text (steps, formulas, tables) at ``scale`` times the application's font."""
        panel = getattr(self, "walkthrough", None)
        if panel is None:
            return
        font = QApplication.font()
        if scale != 1.0:
            font.setPointSizeF(font.pointSizeF() * scale)
            panel.setFont(font)
        else:
            panel.setFont(QFont())  # back to the application's font
        redraw = getattr(panel, "_show_step", None)  # the tables size their cells from the font when drawn
        if callable(redraw):
            redraw()

    def about(self) -> None:
        QMessageBox.about(self, translate("MainWindow", "About NetBuilder"),
                          fill(translate("MainWindow", "NetBuilder %1\n\nBuild, train and understand neural networks."),
                               __version__))

    # -- closing ------------------------------------------------------------------------------------------

    def rebuild(self) -> "MainWindow":
        """The same document in a new window built in the language now installed: every text of menus, panels
        and dialogs is translated again, while the network, its file, its undo history, the window's place
        and its panels' layout stay. This window closes without asking anything."""
        self.training.stop_and_wait()
        self._stop_compare()
        if self.presenting:
            self.toggle_presentation(False)
        geometry, state, maximized = self.saveGeometry(), self.saveState(), self.isMaximized()
        doc = self.doc
        doc.release_listeners()
        if self.autosave:
            self.autosave.timer.stop()
        new = MainWindow(document=doc, autosave=self.autosave is not None, remember_layout=self.remember_layout)
        new.restoreGeometry(geometry)
        new.restoreState(state)
        new._restored_state = True  # the old window's layout, not the first-run one
        for mine, theirs in ((self.act_values, new.act_values), (self.act_legend, new.act_legend)):
            if theirs.isChecked() != mine.isChecked():
                theirs.trigger()
        _WINDOWS.append(new)
        if self.isVisible():
            new.showMaximized() if maximized else new.show()
        self.handed_over = True
        self.close()
        if self in _WINDOWS:
            _WINDOWS.remove(self)
        self.deleteLater()
        return new

    def _stop_compare(self) -> None:
        """A comparison in progress (Train → Compare…) stops and its thread ends before the window goes."""
        dialog = getattr(self, "compare_dialog", None)
        if dialog is not None:
            dialog.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.handed_over:  # the document lives on in the window that replaced this one
            event.accept()
            return
        # A run is stopped and what it trained applied first, so the save prompt covers it too.
        self.training.stop_and_wait()
        self._stop_compare()
        if not self.maybe_save():
            event.ignore()
            return
        if self.remember_layout:
            settings.save_window_state(self.saveGeometry(), self.saveState())
        if self.autosave:
            self.autosave.stop()
        if self in _WINDOWS:
            _WINDOWS.remove(self)
        event.accept()

