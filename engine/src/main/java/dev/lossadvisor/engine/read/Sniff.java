package dev.lossadvisor.engine.read;

/** What the first bytes of a file are: the format decides the reader, whatever the file is called. */
enum Sniff {
    ZIP, HDF5, JSON, OTHER;

    /** Bytes enough to tell every format here apart. */
    static final int HEAD_BYTES = 64;
    private static final byte[] HDF5_SIGNATURE = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};

    static Sniff of(byte[] head) {
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) return ZIP;
        if (startsWith(head, HDF5_SIGNATURE)) return HDF5;
        int i = skipBom(head);
        while (i < head.length && isBlank(head[i])) i++;
        // a triple quote opens a Python docstring, never a JSON document
        boolean docstring = i + 2 < head.length && head[i] == '"' && head[i + 1] == '"' && head[i + 2] == '"';
        if (i < head.length && (head[i] == '{' || head[i] == '"' || head[i] == '[') && !docstring) return JSON;
        return OTHER;
    }

    /** What a file that is no model looks like, for the message that says so. */
    static String lookalike(byte[] head) {
        int b0 = head[0] & 0xff;
        if (b0 == 0x80 && head.length > 1 && head[1] >= 2 && head[1] <= 5) return "a Python pickle (joblib or pickle.dump output, not a Keras model)";
        if (startsWith(head, new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'})) return "a NumPy array (.npy)";
        if (startsWith(head, new byte[] {(byte) 0x89, 'P', 'N', 'G'})) return "a PNG image";
        if (b0 == 0xff && head.length > 2 && (head[1] & 0xff) == 0xd8) return "a JPEG image";
        if (startsWith(head, "%PDF".getBytes())) return "a PDF document";
        if (startsWith(head, new byte[] {0x1f, (byte) 0x8b})) return "a gzip archive (unpack it first)";
        if (startsWith(head, "version https://git-lfs".getBytes())) return "a Git LFS pointer (run 'git lfs pull' to fetch the real file)";
        if (startsWith(head, "\u007fELF".getBytes())) return "an executable";
        if (startsWith(head, "PK".getBytes())) return "a damaged or empty zip archive";
        if (b0 == 0x08 || b0 == 0x0a || b0 == 0x12) return "binary protobuf data (a TF SavedModel keeps it in a directory: lint the directory)";
        return isText(head) ? "text, not a model file" : "binary data of no known model format";
    }

    private static boolean isText(byte[] head) {
        for (byte b : head) {
            int c = b & 0xff;
            if (c < 0x09 || c > 0x0d && c < 0x20 && c != 0x1b) return false;
        }
        return true;
    }

    private static int skipBom(byte[] head) {
        return head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf ? 3 : 0;
    }

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }

    private static boolean startsWith(byte[] head, byte[] prefix) {
        if (head.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if (head[i] != prefix[i]) return false;
        return true;
    }
}
