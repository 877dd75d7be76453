package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.eval.Value.Labels;
import dev.lossadvisor.engine.python.syntax.Node;
import java.util.List;
import java.util.Set;

/**
 * torchvision's single-label classification datasets given a {@code target_transform}: each sample's target is one class
 * index, so what the transform makes of it is what the loss is given. A transform that puts a 1 at the index in a vector
 * of zeros ({@code Lambda(lambda y: torch.zeros(10).scatter_(0, torch.tensor(y), value=1))}, PyTorch's quickstart),
 * {@code F.one_hot} or {@code torch.eye(K)[y]} makes one-hot targets: the dataset is then rows of (input, one-hot label),
 * as a TensorDataset is. Any other transform, or a dataset whose target is not one index, is not followed.
 */
final class VisionDatasets implements Library {
    private static final Set<String> SINGLE_LABEL = Set.of("MNIST", "FashionMNIST", "KMNIST", "QMNIST", "EMNIST", "CIFAR10", "CIFAR100", "SVHN",
            "STL10", "ImageFolder", "DatasetFolder", "Food101", "Flowers102", "OxfordIIITPet", "GTSRB", "Country211", "DTD", "FGVCAircraft",
            "StanfordCars", "EuroSAT", "USPS", "SEMEION", "Caltech101", "Places365", "ImageNet", "INaturalist", "RenderedSST2", "PCAM");

    @Override
    public Value call(String name, Args args, Node call) {
        if (name.equals("torchvision.transforms.Lambda") || name.equals("torchvision.transforms.v2.Lambda")) return args.value(0, "lambd");
        if (!name.startsWith("torchvision.datasets.") || !SINGLE_LABEL.contains(name.substring(name.lastIndexOf('.') + 1))) return null;
        Node transform = args.keyword("target_transform");
        if (transform == null) return null;
        Value t = args.evaluator().eval(transform, args.context());
        if (!(t instanceof Value.Function f) || f.scope().parametersInOrder().size() != 1) return null;
        Value target = args.evaluator().returned(f, Args.NONE, args.context());
        if (!(target instanceof Labels l) || !(l.kind().equals("one_hot") || l.kind().equals("hot_row"))) return null;
        Labels oneHot = new Labels("one_hot", l.classes(), l.place());
        return new Value.Items(List.of(new Value.Items(List.of(Value.UNKNOWN, oneHot))));
    }

    @Override
    public Value method(Value receiver, String method, Args args, Node call) {
        return null;
    }
}
