"""The findings the radiologists labelled, one binary head each."""
FINDINGS = ["atelectasis", "cardiomegaly", "effusion", "pneumonia", "pneumothorax"]
