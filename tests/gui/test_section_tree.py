"""The outline model and the section tree."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from reader.core.bundle import Bundle
from reader.core.model import OutlineNode
from reader.gui.section_tree import SECTION_ID_ROLE, OutlineModel, SectionTree


def _model(shipped_bundle: Path) -> OutlineModel:
    with Bundle.open(shipped_bundle) as bundle:
        return OutlineModel(bundle.outline())


def test_model_passes_the_model_tester(shipped_bundle: Path, qtmodeltester: ModelTester) -> None:
    qtmodeltester.check(_model(shipped_bundle))


def test_model_shape(shipped_bundle: Path) -> None:
    model = _model(shipped_bundle)
    assert model.rowCount() == 1
    root = model.index(0, 0)
    assert model.rowCount(root) == 6
    negative = model.index_of("ketamine-effects/the-negative-effects-of-ketamine")
    assert negative.parent() == root
    assert model.index(1, 0, negative).data(SECTION_ID_ROLE) == "ketamine-effects/hallucinations"
    assert not model.index_of("nope").isValid()


def test_click_and_enter_request_the_section(shipped_bundle: Path, qtbot: QtBot) -> None:
    tree = SectionTree(_model(shipped_bundle))
    qtbot.addWidget(tree)
    tree.show()
    qtbot.waitExposed(tree)
    index = tree.model().index(0, 0)
    with qtbot.waitSignal(tree.section_requested) as blocker:
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center())
    assert blocker.args == ["ketamine-effects/understanding-the-effects-of-ketamine-a-comprehensive-overview"]
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert tree.currentIndex().data(SECTION_ID_ROLE) == "ketamine-effects/what-is-ketamine"
    with qtbot.waitSignal(tree.section_requested) as blocker:
        qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert blocker.args == ["ketamine-effects/what-is-ketamine"]


def test_show_section_selects_without_requesting(shipped_bundle: Path, qtbot: QtBot) -> None:
    tree = SectionTree(_model(shipped_bundle))
    qtbot.addWidget(tree)
    with qtbot.assertNotEmitted(tree.section_requested):
        tree.show_section("ketamine-effects/key-safety-tips")
    assert tree.currentIndex().data(SECTION_ID_ROLE) == "ketamine-effects/key-safety-tips"


def _library_outline() -> list[OutlineNode]:
    """Three articles, each a title with two parts, the second part with a sub-part."""

    def node(id_: str, level: int, *children: OutlineNode) -> OutlineNode:
        return OutlineNode(id_, id_.upper(), level, list(children))

    return [node(f"a{n}/title", 1, node(f"a{n}/one", 2), node(f"a{n}/two", 2, node(f"a{n}/deep", 3))) for n in range(3)]


def test_a_library_outline_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    qtmodeltester.check(OutlineModel(_library_outline()))


def test_any_section_is_found_before_the_view_asked_for_its_article(qtbot: QtBot) -> None:
    model = OutlineModel(_library_outline())
    deep = model.index_of("a2/deep")  # nothing below a2's title asked for yet
    assert deep.data(SECTION_ID_ROLE) == "a2/deep"
    two = deep.parent()
    assert (two.data(SECTION_ID_ROLE), two.row()) == ("a2/two", 1)
    assert (two.parent().data(SECTION_ID_ROLE), two.parent().row()) == ("a2/title", 2)
    assert not two.parent().parent().isValid()
    assert model.index_of("a1/one").data(SECTION_ID_ROLE) == "a1/one"
    assert not model.index_of("a1/none").isValid()
    assert model.hasChildren(model.index(0, 0))
    assert not model.hasChildren(model.index_of("a0/one"))


def test_a_new_outline_forgets_the_old_one() -> None:
    model = OutlineModel(_library_outline())
    assert model.index_of("a2/deep").isValid()
    model.set_outline(_library_outline()[:1])
    assert not model.index_of("a2/deep").isValid()
    assert model.index_of("a0/deep").data(SECTION_ID_ROLE) == "a0/deep"
