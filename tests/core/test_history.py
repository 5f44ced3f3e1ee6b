"""Back/forward history."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.core.history import NavigationHistory, Position

A, B, C = Position("a"), Position("b"), Position("c")


def test_back_and_forward() -> None:
    history = NavigationHistory()
    assert history.back() is None
    for position in (A, B, C):
        history.visit(position)
    assert history.back() == B
    assert history.back() == A
    assert history.back() is None
    assert history.forward() == B
    assert history.can_go_forward()


def test_a_visit_drops_the_forward_positions() -> None:
    history = NavigationHistory()
    for position in (A, B, C):
        history.visit(position)
    history.back()
    history.back()
    history.visit(C)
    assert not history.can_go_forward()
    assert history.back() == A


def test_update_current_keeps_the_scrolled_offset() -> None:
    history = NavigationHistory()
    history.update_current(Position("a", 40))
    history.visit(B)
    assert history.back() == Position("a", 40)


def test_visiting_the_current_position_again_adds_nothing() -> None:
    history = NavigationHistory()
    history.visit(A)
    history.visit(A)
    assert not history.can_go_back()


@given(st.lists(st.sampled_from(["visit", "back", "forward"]), max_size=60))
def test_cursor_stays_in_range_and_limit_holds(steps: list[str]) -> None:
    history = NavigationHistory(limit=5)
    for number, step in enumerate(steps):
        if step == "visit":
            history.visit(Position(str(number)))
        elif step == "back":
            history.back()
        else:
            history.forward()
        assert len(history._entries) <= 5
        assert (history.current is None) == (not history._entries)
