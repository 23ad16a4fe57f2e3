"""Everything that imports PySide6: windows, dialogs, the task runner, translations."""
