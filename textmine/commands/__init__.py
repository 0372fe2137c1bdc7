"""Sub-commands of the ``textmine`` CLI (see :data:`textmine.cli.COMMANDS`)."""
