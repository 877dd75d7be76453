class Settings:
    OBS_DIM = 128
    NUM_ACTIONS = 6
    HIDDEN = 256
    # a floor mixed into the policy; 0.0 leaves the softmax as it is
    POLICY_FLOOR = 0.0
    LOG_EPS = 1e-6
    ENTROPY_BETA = 0.01
    LEARNING_RATE = 3e-4
    RMS_DECAY = 0.99
