"""How the ledger's values are named and coloured in every view of the panel.

The rule (docs/commitments.md, "In the window"): status, kind, strength, binding and category
values are **data**, not UI strings.  Every view shows them by their Chinese names — the
vocabulary of the reports and of the analysts who track them, the same in any UI language —
and the tooltip gives the value as files, exports and the CLI hold it (``in_progress``), so a
reader who does not read Chinese can map one to the other.  Column headers, buttons and
messages are UI strings (English through ``tr()``).

Colours are chosen to read on light and dark palettes alike: mid-tone fills with dark text.
"""
from __future__ import annotations

from enum import Enum

from document.annotation import CommitmentBinding, CommitmentKind, CommitmentStatus, CommitmentStrength
from document.commitment_lexicon import CATEGORY_NAMES

STATUS_LABELS: dict[CommitmentStatus, str] = {
    CommitmentStatus.OPEN: "未评估",
    CommitmentStatus.IN_PROGRESS: "推进中",
    CommitmentStatus.ACHIEVED: "已完成",
    CommitmentStatus.PARTLY: "部分完成",
    CommitmentStatus.MISSED: "未完成",
    CommitmentStatus.UNCLEAR: "无法核实",
}
KIND_LABELS: dict[CommitmentKind, str] = {
    CommitmentKind.QUANTIFIED: "量化目标",
    CommitmentKind.PLEDGE: "任务承诺",
}
STRENGTH_LABELS: dict[CommitmentStrength, str] = {
    CommitmentStrength.FIRM: "确定",
    CommitmentStrength.AIM: "力争",
}
BINDING_LABELS: dict[CommitmentBinding, str] = {
    CommitmentBinding.EXPECTED: "预期性",
    CommitmentBinding.BINDING: "约束性",
}
#: Field name → {value: label} for the fields whose values are an Enum.
ENUM_LABELS: dict[str, dict] = {
    "status": STATUS_LABELS, "kind": KIND_LABELS, "strength": STRENGTH_LABELS, "binding": BINDING_LABELS,
}

#: The label of an untracked suggestion's (absent) status in the overview.
SUGGESTED_LABEL = "未跟踪"
SUGGESTED_VALUE = "untracked"

STATUS_COLORS: dict[CommitmentStatus, str] = {
    CommitmentStatus.OPEN: "#b0bec5",
    CommitmentStatus.IN_PROGRESS: "#64b5f6",
    CommitmentStatus.ACHIEVED: "#66bb6a",
    CommitmentStatus.PARTLY: "#ffca28",
    CommitmentStatus.MISSED: "#ef5350",
    CommitmentStatus.UNCLEAR: "#ba68c8",
}
SUGGESTED_COLOR = "#e0e0e0"

_CATEGORY_PALETTE = (
    "#e57373", "#81c784", "#ffb74d", "#64b5f6", "#f06292", "#4dd0e1",
    "#aed581", "#9575cd", "#dce775", "#a1887f", "#ff8a65", "#90a4ae",
)
CATEGORY_COLORS: dict[str, str] = {name: _CATEGORY_PALETTE[i % len(_CATEGORY_PALETTE)]
                                   for i, name in enumerate(CATEGORY_NAMES)}
UNCATEGORISED_COLOR = "#cfd8dc"


def value_label(value) -> str:
    """The Chinese name of an Enum value (status, kind, strength, binding); text stays itself."""
    if isinstance(value, Enum):
        for labels in ENUM_LABELS.values():
            if value in labels:
                return labels[value]
        return str(value.value)
    return str(value)


def value_tooltip(value) -> str:
    """The value as files and exports hold it (``in_progress``)."""
    return str(value.value) if isinstance(value, Enum) else str(value)


def category_color(category: str) -> str:
    if not category:
        return UNCATEGORISED_COLOR
    found = CATEGORY_COLORS.get(category)
    if found is None:   # a category a teammate typed: a stable colour from the palette
        found = _CATEGORY_PALETTE[sum(map(ord, category)) % len(_CATEGORY_PALETTE)]
    return found


# -- the 承诺 colour -----------------------------------------------------------------------------

COMMITMENT_COLOR_NAME = "承诺"
_DEFAULT_COMMITMENT_SLOT = 1   # the second palette colour is named 承诺 out of the box


def commitment_color(colors: list[tuple[str, str]]) -> str:
    """The highlight colour of tracked commitments: the palette colour the user named 承诺 in
    Preferences (colour names are the user's, the colours fixed), else the colour that slot
    had by default."""
    for color, name in colors:
        if name.strip() == COMMITMENT_COLOR_NAME:
            return color
    return colors[_DEFAULT_COMMITMENT_SLOT][0] if len(colors) > _DEFAULT_COMMITMENT_SLOT else colors[0][0]
