"""The review workspace: ``textmine review results/`` serves a batch's store as a local web
application in which reviewers confirm or dismiss findings, and exports what they decided.

Modules, one job each: :mod:`.store` (the review's tables in the batch's SQLite file),
:mod:`.fingerprint` (what a decision is attached to), :mod:`.index` (keeping the review's
index in step with the batch), :mod:`.rebuild` (a report put back together from the store for
the audit page).
"""
