import numpy as np

from agent.graph import PolicyValueGraph
from agent.settings import Settings


def discounted(rewards, gamma=0.99):
    out, running = np.zeros(len(rewards), np.float32), 0.0
    for t in reversed(range(len(rewards))):
        running = rewards[t] + gamma * running
        out[t] = running
    return out


def run(env, episodes=1000):
    net = PolicyValueGraph(Settings.NUM_ACTIONS)
    for _ in range(episodes):
        states, actions, rewards = [], [], []
        obs, done = env.reset(), False
        while not done:
            probs = net.act(obs[None])[0]
            a = np.random.choice(Settings.NUM_ACTIONS, p=probs)
            states.append(obs)
            actions.append(a)
            obs, r, done, _ = env.step(a)
            rewards.append(r)
        taken = np.eye(Settings.NUM_ACTIONS)[np.array(actions)].astype(np.float32)
        net.update(np.stack(states), discounted(rewards), taken)
