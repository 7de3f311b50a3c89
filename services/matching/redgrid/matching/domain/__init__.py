"""The 五单制 rules, free of I/O."""
