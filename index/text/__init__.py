"""Text rules and tokenizing: normalization, numerals, the character table, the lexicon, places, jieba."""
