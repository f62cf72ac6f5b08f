"""Package data: the bundled report, icons, stylesheets and the UI translations."""
from importlib import resources

BUNDLED_REPORT = "shanxi-2023-government-work-report.md"


def bundled_report_bytes() -> bytes:
    return resources.files(__name__).joinpath(BUNDLED_REPORT).read_bytes()


def bundled_report_path() -> str:
    """A filesystem path to the bundled report (the package is installed unzipped)."""
    return str(resources.files(__name__).joinpath(BUNDLED_REPORT))


# The application icon: an SVG source and PNGs rendered from it (packaging/render_icons.py).
ICON_NAME = "pizhu"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def icon_path(size: int | None = None):
    """The SVG icon (size None) or its PNG rendering at ``size`` pixels."""
    name = f"{ICON_NAME}.svg" if size is None else f"{ICON_NAME}-{size}.png"
    return resources.files(__name__).joinpath("icons", name)

# The application's id: desktop entry, AppStream component, installed icon and Wayland app id.
APP_ID = "io.github.pizhu.Pizhu"


def translations_dir():
    """The compiled UI translations (``pizhu_<language>.qm``) and their sources (.ts)."""
    return resources.files(__name__).joinpath("translations")
