import gymnasium as gym
import numpy as np
import tensorflow as tf

from rl.policy import Policy, reinforce_step

env = gym.make("CartPole-v1")
policy = Policy(env.action_space.n)
optimizer = tf.keras.optimizers.Adam(1e-3)
gamma = 0.99

for episode in range(500):
    obs, _ = env.reset()
    states, actions, rewards = [], [], []
    done = False
    while not done:
        logp = policy(obs[None].astype(np.float32))
        action = int(tf.random.categorical(logp, 1)[0, 0])
        states.append(obs)
        actions.append(action)
        obs, reward, terminated, truncated, _ = env.step(action)
        rewards.append(reward)
        done = terminated or truncated
    returns, g = [], 0.0
    for r in reversed(rewards):
        g = r + gamma * g
        returns.insert(0, g)
    returns = np.array(returns, dtype=np.float32)
    returns = (returns - returns.mean()) / (returns.std() + 1e-8)
    reinforce_step(policy, optimizer, np.array(states, dtype=np.float32), np.array(actions), returns)
