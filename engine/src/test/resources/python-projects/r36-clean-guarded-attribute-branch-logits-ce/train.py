import argparse

import gym
import torch

from curiosity import InverseDynamics


def rollout(env, steps):
    obs = env.reset()
    for _ in range(steps):
        action = env.action_space.sample()
        next_obs, _, done, _ = env.step(action)
        yield torch.as_tensor(obs).float(), torch.as_tensor(next_obs).float(), torch.as_tensor(action)
        obs = env.reset() if done else next_obs


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--env", default="CartPole-v1")
    parser.add_argument("--steps", type=int, default=10000)
    args = parser.parse_args()

    env = gym.make(args.env)
    discrete = isinstance(env.action_space, gym.spaces.Discrete)
    n_actions = env.action_space.n if discrete else env.action_space.shape[0]
    model = InverseDynamics(env.observation_space.shape[0], n_actions, "discrete" if discrete else "continuous")
    optimizer = torch.optim.Adam(model.parameters(), lr=3e-4)
    for obs, next_obs, action in rollout(env, args.steps):
        loss = model(obs[None], next_obs[None], action[None])
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()


if __name__ == "__main__":
    main()
