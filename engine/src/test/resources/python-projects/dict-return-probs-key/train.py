import yaml
import torch
import torch.nn as nn

from models.fundus import FundusGrader


def main(cfg_path="configs/fundus.yaml"):
    with open(cfg_path) as f:
        cfg = yaml.safe_load(f)
    model = FundusGrader(num_grades=cfg["num_grades"])
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    for epoch in range(cfg["epochs"]):
        for image, grade in []:
            outputs = model(image)
            loss = criterion(outputs["probs"], grade)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()


if __name__ == "__main__":
    main()
