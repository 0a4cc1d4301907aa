"""From question to answer: reading the question, ranking and judging passages, leads, follow-ups."""
