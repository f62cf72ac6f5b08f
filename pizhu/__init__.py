"""Pizhu (批注): the application shell — CLI, GUI launch, paths and configuration."""
__version__ = "0.1.0"
