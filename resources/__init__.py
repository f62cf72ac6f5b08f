"""Package data: the bundled report, icons and stylesheets."""
from importlib import resources

BUNDLED_REPORT = "shanxi-2023-government-work-report.md"


def bundled_report_bytes() -> bytes:
    return resources.files(__name__).joinpath(BUNDLED_REPORT).read_bytes()


def bundled_report_path() -> str:
    """A filesystem path to the bundled report (the package is installed unzipped)."""
    return str(resources.files(__name__).joinpath(BUNDLED_REPORT))
