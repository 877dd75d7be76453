optimizer = dict(type="SGD", lr=0.02, momentum=0.9, weight_decay=1e-4)
runner = dict(max_epochs=24)
log_level = "INFO"
