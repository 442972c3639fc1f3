"""Use cases: one function per user action, taking a command and a unit of
work. Shared by the counter screens and the command line. No Qt here."""
