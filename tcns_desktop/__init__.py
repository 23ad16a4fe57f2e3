"""TCNS Desktop: rosters, qualifications and activities of community digital-technology teams."""

__version__ = "0.1.0"
APP_NAME = "TCNS Desktop"
APP_ID = "tcns-desktop"
APP_AUTHOR = "TCNS"
