import gymnasium as gym
import torch

from rl.policy import Policy

env = gym.make("LunarLander-v2")
policy = Policy()
opt = torch.optim.Adam(policy.parameters(), lr=5e-3)
gamma = 0.99
for episode in range(2000):
    obs, _ = env.reset()
    log_probs, rewards, done = [], [], False
    while not done:
        action, log_prob = policy.act(torch.as_tensor(obs, dtype=torch.float32))
        obs, reward, terminated, truncated, _ = env.step(action)
        log_probs.append(log_prob)
        rewards.append(reward)
        done = terminated or truncated
    returns, g = [], 0.0
    for r in reversed(rewards):
        g = r + gamma * g
        returns.insert(0, g)
    returns = torch.tensor(returns)
    returns = (returns - returns.mean()) / (returns.std() + 1e-8)
    loss = -(torch.stack(log_probs) * returns).sum()
    opt.zero_grad()
    loss.backward()
    opt.step()
