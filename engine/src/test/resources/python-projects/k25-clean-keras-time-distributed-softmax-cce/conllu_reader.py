def read_treebank(path):
    sentences, tag_sequences = [], []
    words, tags = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                if words:
                    sentences.append(words)
                    tag_sequences.append(tags)
                words, tags = [], []
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            words.append(cols[1])
            tags.append(cols[3])
    vocab = sorted({w.lower() for s in sentences for w in s})
    word_index = {w: i + 2 for i, w in enumerate(vocab)}
    tag_index = {t: i for i, t in enumerate(sorted({t for ts in tag_sequences for t in ts}))}
    return sentences, tag_sequences, word_index, tag_index
