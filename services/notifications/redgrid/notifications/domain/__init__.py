"""Pure rules of notifications: who must know, what they are told, when and how; no I/O."""
