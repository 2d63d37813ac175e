"""Question in, answer out: reference lookup, hybrid retrieval, extractive answers, conversation."""
