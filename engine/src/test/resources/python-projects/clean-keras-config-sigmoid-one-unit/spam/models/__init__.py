from spam.models.textcnn import get_model
