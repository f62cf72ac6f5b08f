"""Script views (design.md §5). Placeholder until the script-view module lands."""

SCRIPT_IDS = ("source", "s", "t", "tw", "twp", "hk")
