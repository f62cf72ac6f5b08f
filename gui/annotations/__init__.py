"""Annotating: highlights, tags, notes, the annotations panel and outline counts.

:class:`gui.annotations.feature.AnnotationsFeature` builds it; gui/features.py installs it.
"""
