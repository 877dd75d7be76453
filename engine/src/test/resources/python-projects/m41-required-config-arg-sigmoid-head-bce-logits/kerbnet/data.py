def kerb_loader(root):
    raise NotImplementedError(root)
