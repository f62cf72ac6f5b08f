"""Entry point of the frozen application (PyInstaller runs this file as ``__main__``)."""
from pizhu.cli import main

raise SystemExit(main())
