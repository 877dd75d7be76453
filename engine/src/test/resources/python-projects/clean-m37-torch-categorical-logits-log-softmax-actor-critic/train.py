import gymnasium as gym
import torch

from agents import ActorCritic

envs = gym.vector.make("CartPole-v1", num_envs=8)
model = ActorCritic(envs.single_observation_space.shape[0], envs.single_action_space.n)
optimizer = torch.optim.RMSprop(model.parameters(), lr=7e-4)
obs, _ = envs.reset(seed=0)
for update in range(10_000):
    log_probs, values, rewards, entropies, masks = [], [], [], [], []
    for _ in range(5):
        action, log_prob, entropy, value = model.step(torch.as_tensor(obs, dtype=torch.float32))
        obs, reward, term, trunc, _ = envs.step(action.numpy())
        log_probs.append(log_prob)
        values.append(value)
        entropies.append(entropy)
        rewards.append(torch.as_tensor(reward, dtype=torch.float32))
        masks.append(torch.as_tensor(1.0 - (term | trunc), dtype=torch.float32))
    with torch.no_grad():
        _, ret = model(torch.as_tensor(obs, dtype=torch.float32))
    returns = []
    for r, m in zip(reversed(rewards), reversed(masks)):
        ret = r + 0.99 * ret * m
        returns.insert(0, ret)
    advantage = torch.stack(returns) - torch.stack(values)
    actor_loss = -(torch.stack(log_probs) * advantage.detach()).mean()
    critic_loss = advantage.pow(2).mean()
    loss = actor_loss + 0.5 * critic_loss - 0.01 * torch.stack(entropies).mean()
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
