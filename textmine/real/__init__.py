"""Accuracy on real report pages: the annotated pages of ``../shared/corpora/real-pages`` scored
end to end (``textmine eval real``). See :mod:`textmine.real.evaluation`."""
