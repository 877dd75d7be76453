import torch
import torch.nn.functional as F

from policy import Policy

N_ACTIONS = 4


def returns_to_go(rewards, gamma=0.99):
    out, g = [], 0.0
    for r in reversed(rewards):
        g = r + gamma * g
        out.insert(0, g)
    ret = torch.tensor(out)
    return (ret - ret.mean()) / (ret.std() + 1e-8)


def update(policy, optimizer, obs, actions, rewards):
    probs = policy(obs)
    taken = F.one_hot(actions, N_ACTIONS).float()
    p_taken = (probs * taken).sum(dim=1)
    objective = torch.log(p_taken + 1e-8) * returns_to_go(rewards)
    optimizer.zero_grad()
    (-objective.mean()).backward()
    optimizer.step()


def main(episodes=500):
    policy = Policy(8, N_ACTIONS)
    optimizer = torch.optim.Adam(policy.parameters(), lr=1e-3)
    for _ in range(episodes):
        obs = torch.randn(32, 8)
        actions = torch.randint(0, N_ACTIONS, (32,))
        rewards = torch.randn(32).tolist()
        update(policy, optimizer, obs, actions, rewards)


if __name__ == "__main__":
    main()
