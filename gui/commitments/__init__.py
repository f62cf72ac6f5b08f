"""The commitment ledger in the window: the Commitments panel, tracking, status history, badges.

:class:`gui.commitments.feature.CommitmentsFeature` builds it; gui/features.py installs it.
"""
