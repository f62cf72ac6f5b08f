"""Feature: team sync with a PostgreSQL server (docs/sync.md, "In the window").

* ``feature``           File › Sync, Sync All Documents, what a finished sync shows; wiring
* ``runner``            one sync at a time in the worker, the team server kept open
* ``periodic``          when a periodic sync is due; backing off while offline
* ``status``            the status-bar indicator: last sync, progress, Cancel
* ``password``          the password prompt
* ``preferences_page``  the Team Sync tab of Preferences
* ``config``            which server (PIZHU_SERVER or Preferences), checking a URL
"""
