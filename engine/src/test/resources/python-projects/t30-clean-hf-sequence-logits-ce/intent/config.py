INTENTS = ["greet", "book_flight", "cancel", "weather", "goodbye"]
MODEL_NAME = "bert-base-uncased"
