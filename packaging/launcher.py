"""Entry script of the PyInstaller bundle (see build.spec): the same ``main`` as ``tcns``.

It lives outside the package on purpose: PyInstaller runs its entry script as ``__main__``,
and a module inside ``tcns_desktop`` run that way would be imported twice under two names.
"""

from tcns_desktop.cli import main

raise SystemExit(main())
