"""A marker for strings the GUI shows in the UI language, defined below the GUI (no Qt here).

``translatable("Context", "English text")`` returns the text unchanged — the command line and
stored data keep the English — and tells the translation tools (tools/translations.py) to
extract it; the GUI shows it through ``QCoreApplication.translate("Context", text)``.
"""


def translatable(context: str, text: str) -> str:
    return text
