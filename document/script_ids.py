"""Script ids and their names — the one source of truth, importable without loading OpenCC.

``source`` is the text as written; the others are OpenCC views (docs/architecture.md §7).
"""

SCRIPT_IDS = ("source", "s", "t", "tw", "twp", "hk")

SCRIPT_LABELS: dict[str, str] = {
    "source": "原文",
    "s": "简",
    "t": "繁",
    "tw": "臺",
    "twp": "臺+用語",
    "hk": "港",
}

SCRIPT_NAMES: dict[str, str] = {
    "source": "原文",
    "s": "简体",
    "t": "繁體 (OpenCC)",
    "tw": "臺灣正體",
    "twp": "臺灣正體+用語",
    "hk": "香港繁體",
}
