"""The lessons NetBuilder ships, in the tutorials' order: ``resources/lessons/NN-id.json``.

Each lesson is defined here (its starting network from the model's builders, its text in English,
简体中文 and 繁體中文, its controls and goals), so the files, the app's Help → Lessons and the tests come
from one definition, as the example networks come from :mod:`netbuilder.templates`.
``python -m netbuilder.lessons.builtin [DIR]`` writes the files; a test checks they are current.

1. a neuron and its weighted sum          6. L1/L2 and dropout against overfitting
2. the perceptron (AND, OR; why not XOR)   7. the learning rate (too big, too small)
3. a hidden layer for XOR                 8. mini-batch, batch and stochastic gradient descent
4. activation functions                   9. the chain rule and backpropagation by hand
5. losses                                10. MNIST with a multilayer perceptron (≈ 0.974)
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable

import numpy as np

from ..assets import resource
from ..model.builders import Dense, Input, Sequential
from ..model.network import Network
from .format import Lesson, load, save
from .goals import Case, Goal
from .locks import Controls

_EVERYDAY_PANELS = ("filters", "feature_maps")


def _texts(en: str, zh_cn: str, zh_tw: str) -> dict[str, str]:
    return {"en": en.strip() + "\n", "zh_CN": zh_cn.strip() + "\n", "zh_TW": zh_tw.strip() + "\n"}


def _label(en: str, zh_cn: str, zh_tw: str) -> tuple[tuple[str, str], ...]:
    return (("en", en), ("zh_CN", zh_cn), ("zh_TW", zh_tw))


# -- 1 -------------------------------------------------------------------------------------------------


def neuron() -> Lesson:
    net = Sequential([Input(2, name="Input (x₁, x₂)"), Dense(1, "linear", name="Neuron", bias=[0.1])],
                     name="One neuron", loss="mse", optimizer={"name": "sgd", "learning_rate": 0.5},
                     batch_size=1, epochs=100, shuffle=False)
    net.set_weights("C1", [[0.1], [0.4]])
    net.description = "One linear neuron: z = w₁·x₁ + w₂·x₂ + b."
    net.dataset = {"kind": "inline", "name": "two parts", "x": np.array([[0.0, 0.0], [0.1, 0.2]]),
                   "y": np.array([[0.5], [1.0]]), "task": "regression", "feature_names": ["x1", "x2"],
                   "target_names": ["y"]}
    return Lesson(
        "neuron",
        {"en": "A neuron and its weighted sum", "zh_CN": "神经元与加权和", "zh_TW": "神經元與加權和"},
        _texts(
            """
A neuron multiplies each input by a **weight**, adds the products up, and adds its **bias**:

    z = w₁·x₁ + w₂·x₂ + b

This neuron has no activation function (it is *linear*), so its output is z itself. With the weights
0.1 and 0.4 and the bias 0.1 it gives z = 0.1×0.1 + 0.2×0.4 + 0.1 = 0.19 for the input (0.1, 0.2).

**Your task:** type new values so that the neuron gives

- **0.5** for the input (0, 0), and
- **1.0** for the input (0.1, 0.2).

Double-click the neuron to type its bias, and an edge to type its weight (or use the inspector).
Hint: with both inputs 0, only one of the three numbers matters. Which one?

Solve it by hand: the goals ask for no training run.
""",
            """
神经元把每个输入乘以一个**权重**，把乘积加起来，再加上它的**偏置**：

    z = w₁·x₁ + w₂·x₂ + b

这个神经元没有激活函数（它是*线性*的），所以它的输出就是 z。权重为 0.1 和 0.4、偏置为 0.1 时，
输入 (0.1, 0.2) 得到 z = 0.1×0.1 + 0.2×0.4 + 0.1 = 0.19。

**你的任务：** 输入新的数值，使这个神经元

- 对输入 (0, 0) 输出 **0.5**，
- 对输入 (0.1, 0.2) 输出 **1.0**。

双击神经元可输入它的偏置，双击一条边可输入它的权重（也可以用属性面板）。
提示：两个输入都是 0 时，三个数中只有一个起作用。是哪一个？

请手算完成：目标要求不进行训练。
""",
            """
神經元把每個輸入乘以一個**權重**，把乘積加起來，再加上它的**偏置**：

    z = w₁·x₁ + w₂·x₂ + b

這個神經元沒有激活函數（它是*線性*的），所以它的輸出就是 z。權重為 0.1 和 0.4、偏置為 0.1 時，
輸入 (0.1, 0.2) 得到 z = 0.1×0.1 + 0.2×0.4 + 0.1 = 0.19。

**你的任務：** 輸入新的數值，使這個神經元

- 對輸入 (0, 0) 輸出 **0.5**，
- 對輸入 (0.1, 0.2) 輸出 **1.0**。

雙擊神經元可輸入它的偏置，雙擊一條邊可輸入它的權重（也可以用屬性面板）。
提示：兩個輸入都是 0 時，三個數中只有一個起作用。是哪一個？

請手算完成：目標要求不進行訓練。
""",
        ),
        net,
        Controls(editable=frozenset({"weights"}),
                 hidden=frozenset({"palette", "loss", "gradient_flow", "metrics", "boundary", *_EVERYDAY_PANELS})),
        [Goal("outputs", cases=(Case((0.0, 0.0), (0.5,)),), tolerance=0.001),
         Goal("outputs", cases=(Case((0.1, 0.2), (1.0,)),), tolerance=0.001),
         Goal("untrained")],
    )


# -- 2 -------------------------------------------------------------------------------------------------


def perceptron() -> Lesson:
    net = Sequential([Input(2, name="Input"), Dense(1, "step", name="Output", kernel_initializer="zeros")],
                     name="Perceptron (AND)", loss="mse", optimizer={"name": "sgd", "learning_rate": 1.0},
                     batch_size=1, epochs=20, shuffle=False)
    net.description = "Rosenblatt's perceptron: a step neuron with two inputs."
    net.dataset = {"kind": "builtin", "name": "and", "params": {}}
    table = tuple(Case((a, b), (float(a and b),)) for a in (0.0, 1.0) for b in (0.0, 1.0))
    return Lesson(
        "perceptron",
        {"en": "The perceptron: AND, OR, and why XOR fails", "zh_CN": "感知机：AND、OR，以及为什么 XOR 不行",
         "zh_TW": "感知器：AND、OR，以及為什麼 XOR 不行"},
        _texts(
            """
A **perceptron** is a neuron with a *step* activation function: it outputs 1 when its weighted sum
z = w₁·x₁ + w₂·x₂ + b is above 0, and 0 otherwise. The line z = 0 splits the plane of inputs in two.

**Your task:** type two weights and a bias so that the perceptron computes **AND**: 1 only for the input
(1, 1), 0 for (0, 0), (0, 1) and (1, 0). All weights start at 0.

Think of the bias as a threshold: both inputs together must get over it, one alone must not.
For example w₁ = w₂ = 1: which bias makes 1 + 1 + b > 0 but 1 + b ≤ 0?

Then think about **OR** (1 when at least one input is 1): only the bias has to change.
And **XOR** (1 when exactly one input is 1)? Its two 1s lie on opposite corners of the square: no straight
line separates them from the two 0s, so no perceptron computes XOR. The next lesson adds a hidden layer.
""",
            """
**感知机**是一个使用*阶跃*激活函数的神经元：当它的加权和 z = w₁·x₁ + w₂·x₂ + b 大于 0 时输出 1，
否则输出 0。直线 z = 0 把输入平面分成两半。

**你的任务：** 输入两个权重和一个偏置，使感知机计算 **AND**：只有输入 (1, 1) 时输出 1，
(0, 0)、(0, 1) 和 (1, 0) 时输出 0。所有权重一开始都是 0。

把偏置看作一个门槛：两个输入加在一起必须越过它，单独一个不能。
例如 w₁ = w₂ = 1：哪个偏置能使 1 + 1 + b > 0，而 1 + b ≤ 0？

再想想 **OR**（至少一个输入为 1 时输出 1）：只需改变偏置。
那么 **XOR**（恰好一个输入为 1 时输出 1）呢？它的两个 1 位于正方形的对角：没有一条直线能把它们和两个 0 分开，
所以没有感知机能计算 XOR。下一课将加入一个隐藏层。
""",
            """
**感知器**是一個使用*階躍*激活函數的神經元：當它的加權和 z = w₁·x₁ + w₂·x₂ + b 大於 0 時輸出 1，
否則輸出 0。直線 z = 0 把輸入平面分成兩半。

**你的任務：** 輸入兩個權重和一個偏置，使感知器計算 **AND**：只有輸入 (1, 1) 時輸出 1，
(0, 0)、(0, 1) 和 (1, 0) 時輸出 0。所有權重一開始都是 0。

把偏置看作一個門檻：兩個輸入加在一起必須越過它，單獨一個不能。
例如 w₁ = w₂ = 1：哪個偏置能使 1 + 1 + b > 0，而 1 + b ≤ 0？

再想想 **OR**（至少一個輸入為 1 時輸出 1）：只需改變偏置。
那麼 **XOR**（恰好一個輸入為 1 時輸出 1）呢？它的兩個 1 位於正方形的對角：沒有一條直線能把它們和兩個 0 分開，
所以沒有感知器能計算 XOR。下一課將加入一個隱藏層。
""",
        ),
        net,
        Controls(editable=frozenset({"weights"}),
                 # the perceptron rule has no gradients: the Gradient flow panel would have nothing to say
                 hidden=frozenset({"palette", "gradient_flow", "metrics", *_EVERYDAY_PANELS})),
        [Goal("outputs", cases=table, tolerance=0.01,
              label=_label("It computes AND (0, 0, 0, 1)", "它计算 AND（0、0、0、1）", "它計算 AND（0、0、0、1）")),
         Goal("untrained")],
    )


# -- 3 -------------------------------------------------------------------------------------------------


def hidden_layer() -> Lesson:
    net = Sequential([Input(2, name="Input"), Dense(1, "sigmoid", name="Output")], name="XOR without a hidden layer",
                     loss="binary_crossentropy", optimizer={"name": "adam", "learning_rate": 0.05}, batch_size=None,
                     epochs=300, seed=1)
    net.description = "XOR: 1 when exactly one input is 1."
    net.dataset = {"kind": "builtin", "name": "xor", "params": {}}
    return Lesson(
        "hidden-layer",
        {"en": "A hidden layer for XOR", "zh_CN": "用隐藏层解决 XOR", "zh_TW": "用隱藏層解決 XOR"},
        _texts(
            """
This network goes straight from the input layer to one sigmoid output neuron. Press **Start**: however
long it trains, it gets at most three of the four XOR cases right, because its decision boundary is a
straight line.

**Your task:** put a **hidden layer** between the input and the output, then train until all four cases
are right — with at most **4** hidden neurons.

1. Drag a **Dense** layer from the palette onto the canvas.
2. Drag from the input layer's port (the small arrow) to the new layer, and from the new layer to the output.
3. Select the old connection from the input to the output and press Delete.
4. Press **Start**, and watch the decision boundary bend.

Each hidden neuron draws one line; the output neuron combines them. Two lines are enough for XOR.
""",
            """
这个网络直接从输入层连到一个 sigmoid 输出神经元。按**开始**：无论训练多久，四个 XOR 样本它最多答对三个，
因为它的决策边界是一条直线。

**你的任务：** 在输入层和输出层之间加入一个**隐藏层**，然后训练到四个样本全部正确——隐藏层神经元最多 **4** 个。

1. 从组件面板把一个 **Dense** 层拖到画布上。
2. 从输入层的端口（小箭头）拖到新层，再从新层拖到输出层。
3. 选中原来从输入层到输出层的连接，按 Delete 删除。
4. 按**开始**，看决策边界如何弯曲。

每个隐藏层神经元画出一条直线，输出神经元把它们组合起来。XOR 只需两条直线。
""",
            """
這個網路直接從輸入層連到一個 sigmoid 輸出神經元。按**開始**：無論訓練多久，四個 XOR 樣本它最多答對三個，
因為它的決策邊界是一條直線。

**你的任務：** 在輸入層和輸出層之間加入一個**隱藏層**，然後訓練到四個樣本全部正確——隱藏層神經元最多 **4** 個。

1. 從元件面板把一個 **Dense** 層拖到畫布上。
2. 從輸入層的端口（小箭頭）拖到新層，再從新層拖到輸出層。
3. 選取原來從輸入層到輸出層的連接，按 Delete 刪除。
4. 按**開始**，看決策邊界如何彎曲。

每個隱藏層神經元畫出一條直線，輸出神經元把它們組合起來。XOR 只需兩條直線。
""",
        ),
        net,
        Controls(locked=frozenset({"loss", "optimizer", "learning_rate", "batch_size", "epochs", "seed", "dataset"}),
                 hidden=frozenset(_EVERYDAY_PANELS), max_hidden_neurons=8),
        [Goal("accuracy", at_least=1.0), Goal("hidden_neurons", at_least=1, at_most=4)],
    )


# -- 4 -------------------------------------------------------------------------------------------------


def activations() -> Lesson:
    net = Sequential([Input(2, name="Input"), Dense(4, "linear", name="Hidden"), Dense(1, "sigmoid", name="Output")],
                     name="Circles", loss="binary_crossentropy", optimizer={"name": "adam", "learning_rate": 0.03},
                     batch_size=10, epochs=40, seed=0)
    net.dataset = {"kind": "builtin", "name": "circles", "params": {}}
    return Lesson(
        "activations",
        {"en": "Activation functions", "zh_CN": "激活函数", "zh_TW": "激活函數"},
        _texts(
            """
The data is a disc of points inside a ring. The network has a hidden layer of 4 neurons — but their
activation function is **linear**, so each hidden neuron only passes its weighted sum on. A sum of
weighted sums is again a weighted sum: the whole network is no better than one neuron, and its decision
boundary stays a straight line. Press **Start** and see: about 60 % right.

**Your task:** change only the hidden layer's **activation function** and train again until at least
**95 %** of the test data is classified correctly.

Select the hidden layer and choose an activation in the inspector, or drop one from the palette on the
layer. Try several and compare, in the *Activation function* panel, their curves and derivatives:

- **sigmoid** σ(z) = 1 / (1 + e^(−z)), between 0 and 1;
- **tanh**, between −1 and 1, centred on 0;
- **ReLU** max(0, z): cheap, and its gradient does not vanish for z > 0.
""",
            """
数据是一个被圆环包围的圆盘。网络有一个 4 个神经元的隐藏层——但它们的激活函数是**线性**的，
所以每个隐藏层神经元只是把加权和传下去。加权和的加权和仍然是加权和：整个网络并不比一个神经元强，
决策边界仍是一条直线。按**开始**看看：只有约 60% 正确。

**你的任务：** 只改变隐藏层的**激活函数**，重新训练，使测试数据至少 **95%** 分类正确。

选中隐藏层，在属性面板中选择激活函数，或从组件面板把一个激活函数拖到该层上。多试几种，
并在*激活函数*面板中比较它们的曲线和导数：

- **sigmoid** σ(z) = 1 / (1 + e^(−z))，取值在 0 和 1 之间；
- **tanh**，取值在 −1 和 1 之间，以 0 为中心；
- **ReLU** max(0, z)：计算简单，z > 0 时梯度不会消失。
""",
            """
資料是一個被圓環包圍的圓盤。網路有一個 4 個神經元的隱藏層——但它們的激活函數是**線性**的，
所以每個隱藏層神經元只是把加權和傳下去。加權和的加權和仍然是加權和：整個網路並不比一個神經元強，
決策邊界仍是一條直線。按**開始**看看：只有約 60% 正確。

**你的任務：** 只改變隱藏層的**激活函數**，重新訓練，使測試資料至少 **95%** 分類正確。

選取隱藏層，在屬性面板中選擇激活函數，或從元件面板把一個激活函數拖到該層上。多試幾種，
並在*激活函數*面板中比較它們的曲線和導數：

- **sigmoid** σ(z) = 1 / (1 + e^(−z))，取值在 0 和 1 之間；
- **tanh**，取值在 −1 和 1 之間，以 0 為中心；
- **ReLU** max(0, z)：計算簡單，z > 0 時梯度不會消失。
""",
        ),
        net,
        Controls(editable=frozenset({"activation"}), hidden=frozenset(_EVERYDAY_PANELS)),
        [Goal("accuracy", at_least=0.95)],
    )


# -- 5 -------------------------------------------------------------------------------------------------


def losses() -> Lesson:
    net = Sequential([Input(2, name="Input"), Dense(1, "sigmoid", name="Output")], name="Confidently wrong",
                     loss="mse", optimizer={"name": "sgd", "learning_rate": 0.5}, batch_size=None, epochs=30, seed=0)
    net.set_weights("C1", [[-4.0], [-4.0]])
    net.description = "A sigmoid neuron that starts confidently wrong on every sample."
    net.dataset = {"kind": "builtin", "name": "gaussians", "params": {}}
    return Lesson(
        "losses",
        {"en": "Loss functions", "zh_CN": "损失函数", "zh_TW": "損失函數"},
        _texts(
            """
The two blobs can be separated by a straight line, and this one sigmoid neuron could do it — but its
weights start at −4 and −4, so it is **confidently wrong**: it says 0 for every point of class 1 and 1
for every point of class 0. Press **Start**: with the mean squared error it does not recover.

Why? For the loss L = (ŷ − y)² the error signal at the neuron is δ = 2(ŷ − y)·σ'(z). When the neuron is
saturated, σ'(z) is almost 0, so δ is almost 0, and so are all the gradients — the more wrong the
neuron is, the less it learns. Open the walkthrough (F6) and look at δₒ.

**Your task:** choose another **loss function** and train until at least **95 %** of the test data is
right. With sigmoid and **binary cross-entropy** L = −[y·log ŷ + (1 − y)·log(1 − ŷ)], the σ'(z) cancels:
δ = ŷ − y, large exactly when the neuron is wrong.

Mean squared error suits regression; cross-entropy suits classification.
""",
            """
这两团点可以被一条直线分开，这一个 sigmoid 神经元本来就能做到——但它的权重一开始是 −4 和 −4，所以它**自信地错了**：
对类别 1 的每个点都说 0，对类别 0 的每个点都说 1。按**开始**：用均方误差它恢复不过来。

为什么？对于损失 L = (ŷ − y)²，神经元处的误差信号是 δ = 2(ŷ − y)·σ'(z)。神经元饱和时 σ'(z) 几乎为 0，
所以 δ 几乎为 0，所有梯度也几乎为 0——神经元错得越厉害，学得越少。打开逐步讲解（F6），看看 δₒ。

**你的任务：** 选择另一个**损失函数**，训练到测试数据至少 **95%** 正确。sigmoid 配合**二元交叉熵**
L = −[y·log ŷ + (1 − y)·log(1 − ŷ)] 时，σ'(z) 被约掉：δ = ŷ − y，恰好在神经元出错时很大。

均方误差适合回归；交叉熵适合分类。
""",
            """
這兩團點可以被一條直線分開，這一個 sigmoid 神經元本來就能做到——但它的權重一開始是 −4 和 −4，所以它**自信地錯了**：
對類別 1 的每個點都說 0，對類別 0 的每個點都說 1。按**開始**：用均方誤差它恢復不過來。

為什麼？對於損失 L = (ŷ − y)²，神經元處的誤差訊號是 δ = 2(ŷ − y)·σ'(z)。神經元飽和時 σ'(z) 幾乎為 0，
所以 δ 幾乎為 0，所有梯度也幾乎為 0——神經元錯得越厲害，學得越少。打開逐步講解（F6），看看 δₒ。

**你的任務：** 選擇另一個**損失函數**，訓練到測試資料至少 **95%** 正確。sigmoid 配合**二元交叉熵**
L = −[y·log ŷ + (1 − y)·log(1 − ŷ)] 時，σ'(z) 被約掉：δ = ŷ − y，恰好在神經元出錯時很大。

均方誤差適合迴歸；交叉熵適合分類。
""",
        ),
        net,
        Controls(editable=frozenset({"loss"}), hidden=frozenset({"palette", *_EVERYDAY_PANELS})),
        [Goal("accuracy", at_least=0.95)],
    )


# -- 6 -------------------------------------------------------------------------------------------------


def overfitting() -> Lesson:
    net = Sequential([Input(2, name="Input"), Dense(32, "relu", name="Hidden 1"), Dense(32, "relu", name="Hidden 2"),
                      Dense(1, "sigmoid", name="Output")], name="Too many parameters for the data",
                     loss="binary_crossentropy", optimizer={"name": "adam", "learning_rate": 0.01}, batch_size=None,
                     epochs=1000, seed=0)
    net.dataset = {"kind": "builtin", "name": "moons", "params": {"n": 200, "noise": 0.3, "test_fraction": 0.5}}
    return Lesson(
        "overfitting",
        {"en": "L1, L2 and dropout against overfitting", "zh_CN": "用 L1、L2 和 Dropout 对抗过拟合",
         "zh_TW": "用 L1、L2 和 Dropout 對抗過擬合"},
        _texts(
            """
100 noisy training points, a network with more than 1,000 weights, 1,000 epochs. Press **Start**: the
training loss falls almost to 0 — the network learns every noisy point by heart — while the loss on the
100 test points rises far above 1. That is **overfitting**: the decision boundary twists around single
points, and the network is confidently wrong on new ones.

**Your task:** without changing the network or the training, bring the **test loss** down to at most
**0.3**. You may change only the penalties and dropout (the training panel and the inspector):

- **L2** adds l2·Σw² to the loss: large weights cost, so the boundary stays smooth. Try 0.001 to 0.03.
- **L1** adds l1·Σ|w|: it pushes many weights to exactly 0.
- **Dropout** switches off a share of a layer's neurons at every step, so no neuron can rely on another.

Compare the loss curves of your runs in the *Loss* panel: the test loss is what counts, not the training loss.
""",
            """
100 个带噪声的训练点，一个有 1000 多个权重的网络，训练 1000 轮。按**开始**：训练损失几乎降到 0——网络把每个带噪声的点都背了下来——
而 100 个测试点上的损失却升到远高于 1。这就是**过拟合**：决策边界绕着单个点扭曲，网络对新数据自信地犯错。

**你的任务：** 不改变网络和训练设置，把**测试损失**降到最多 **0.3**。你只能改变正则化惩罚和 Dropout（训练面板和属性面板）：

- **L2** 在损失上加上 l2·Σw²：大的权重要付出代价，边界因此保持平滑。试试 0.001 到 0.03。
- **L1** 加上 l1·Σ|w|：它把许多权重推到正好为 0。
- **Dropout** 在每一步关掉一层中一部分神经元，让任何神经元都不能依赖另一个。

在*损失函数*面板中比较各次训练的损失曲线：重要的是测试损失，而不是训练损失。
""",
            """
100 個帶雜訊的訓練點，一個有 1000 多個權重的網路，訓練 1000 輪。按**開始**：訓練損失幾乎降到 0——網路把每個帶雜訊的點都背了下來——
而 100 個測試點上的損失卻升到遠高於 1。這就是**過擬合**：決策邊界繞著單個點扭曲，網路對新資料自信地犯錯。

**你的任務：** 不改變網路和訓練設定，把**測試損失**降到最多 **0.3**。你只能改變正則化懲罰和 Dropout（訓練面板和屬性面板）：

- **L2** 在損失上加上 l2·Σw²：大的權重要付出代價，邊界因此保持平滑。試試 0.001 到 0.03。
- **L1** 加上 l1·Σ|w|：它把許多權重推到正好為 0。
- **Dropout** 在每一步關掉一層中一部分神經元，讓任何神經元都不能依賴另一個。

在*損失函數*面板中比較各次訓練的損失曲線：重要的是測試損失，而不是訓練損失。
""",
        ),
        net,
        Controls(editable=frozenset({"regularization", "dropout"}), hidden=frozenset({"palette", *_EVERYDAY_PANELS})),
        [Goal("loss", at_most=0.3)],
    )


# -- 7 -------------------------------------------------------------------------------------------------


def learning_rate() -> Lesson:
    net = Sequential([Input(2, name="Input"), Dense(1, "linear", name="Output")], name="A plane",
                     loss="mse", optimizer={"name": "sgd", "learning_rate": 0.2}, batch_size=None, epochs=30, seed=0)
    net.dataset = {"kind": "builtin", "name": "plane", "params": {}}
    return Lesson(
        "learning-rate",
        {"en": "The learning rate: too big, too small", "zh_CN": "学习率：太大，太小", "zh_TW": "學習率：太大，太小"},
        _texts(
            """
One linear neuron learns the plane y = (x₁ + x₂) / 10 with gradient descent: every step moves each
weight by −η·dL/dw, where η is the **learning rate**. Training runs for 30 epochs of one full-batch step.

With η = 0.2 each step overshoots the minimum, further every time: the loss grows to astronomical
values. Press **Start** and look at the loss curve.

**Your task:** change only the **learning rate** so that after the 30 epochs the test loss is at most
**0.005** (the noise in the data alone costs about 0.0025).

Try a few values and compare the curves: too big and the loss oscillates or explodes; too small
(try 0.001) and it creeps down and is nowhere near the goal after 30 epochs. In between it drops fast and
settles.
""",
            """
一个线性神经元用梯度下降学习平面 y = (x₁ + x₂) / 10：每一步把每个权重移动 −η·dL/dw，其中 η 是**学习率**。
训练进行 30 轮，每轮一个全批量步骤。

η = 0.2 时，每一步都越过最小值，而且一次比一次远：损失增长到天文数字。按**开始**，看看损失曲线。

**你的任务：** 只改变**学习率**，使 30 轮之后测试损失最多为 **0.005**（仅数据中的噪声就约占 0.0025）。

试几个数值并比较曲线：太大，损失会振荡或爆炸；太小（试试 0.001），损失缓慢下降，30 轮后离目标还很远。
介于两者之间时，它迅速下降并稳定下来。
""",
            """
一個線性神經元用梯度下降學習平面 y = (x₁ + x₂) / 10：每一步把每個權重移動 −η·dL/dw，其中 η 是**學習率**。
訓練進行 30 輪，每輪一個全批次步驟。

η = 0.2 時，每一步都越過最小值，而且一次比一次遠：損失增長到天文數字。按**開始**，看看損失曲線。

**你的任務：** 只改變**學習率**，使 30 輪之後測試損失最多為 **0.005**（僅資料中的雜訊就約佔 0.0025）。

試幾個數值並比較曲線：太大，損失會振盪或爆炸；太小（試試 0.001），損失緩慢下降，30 輪後離目標還很遠。
介於兩者之間時，它迅速下降並穩定下來。
""",
        ),
        net,
        Controls(editable=frozenset({"learning_rate"}), hidden=frozenset({"palette", "boundary", *_EVERYDAY_PANELS})),
        [Goal("loss", at_most=0.005)],
    )


# -- 8 -------------------------------------------------------------------------------------------------


def batch_size() -> Lesson:
    net = Sequential([Input(2, name="Input"), Dense(8, "tanh", name="Hidden"), Dense(1, "sigmoid", name="Output")],
                     name="Moons in 10 epochs", loss="binary_crossentropy",
                     optimizer={"name": "sgd", "learning_rate": 0.3}, batch_size=None, epochs=10, seed=0)
    net.dataset = {"kind": "builtin", "name": "moons", "params": {}}
    return Lesson(
        "batch-size",
        {"en": "Mini-batch, batch and stochastic gradient descent", "zh_CN": "小批量、全批量与随机梯度下降",
         "zh_TW": "小批次、全批次與隨機梯度下降"},
        _texts(
            """
An epoch is one pass over the 250 training samples. How many weight updates it makes depends on the
**batch size**:

- **batch** gradient descent (“full batch”): the gradient of all 250 samples, **1** update per epoch;
- **mini-batch** gradient descent, e.g. 16 samples: 250 / 16 ≈ **16** updates per epoch;
- **stochastic** gradient descent (batch size 1): **250** updates per epoch, each from one sample.

A bigger batch gives a more accurate gradient; a smaller one gives more, noisier steps for the same work.

This network trains for only **10 epochs** with full batches — 10 updates in all — and stops at about
90 % right. **Your task:** change only the **batch size** so that after the 10 epochs at least **95 %** of
the test data is right. Compare the loss curves: the per-batch loss of a small batch is noisy, yet it
gets further.
""",
            """
一轮是把 250 个训练样本全部过一遍。一轮中更新多少次权重取决于**批量大小**：

- **全批量**梯度下降：用全部 250 个样本的梯度，每轮 **1** 次更新；
- **小批量**梯度下降，例如 16 个样本：每轮 250 / 16 ≈ **16** 次更新；
- **随机**梯度下降（批量大小为 1）：每轮 **250** 次更新，每次只用一个样本。

批量越大，梯度越准确；批量越小，同样的计算量带来更多但更嘈杂的步骤。

这个网络只用全批量训练 **10 轮**——总共 10 次更新——停在约 90% 正确。**你的任务：** 只改变**批量大小**，
使 10 轮之后测试数据至少 **95%** 正确。比较损失曲线：小批量的逐批损失很嘈杂，却走得更远。
""",
            """
一輪是把 250 個訓練樣本全部過一遍。一輪中更新多少次權重取決於**批次大小**：

- **全批次**梯度下降：用全部 250 個樣本的梯度，每輪 **1** 次更新；
- **小批次**梯度下降，例如 16 個樣本：每輪 250 / 16 ≈ **16** 次更新；
- **隨機**梯度下降（批次大小為 1）：每輪 **250** 次更新，每次只用一個樣本。

批次越大，梯度越準確；批次越小，同樣的計算量帶來更多但更嘈雜的步驟。

這個網路只用全批次訓練 **10 輪**——總共 10 次更新——停在約 90% 正確。**你的任務：** 只改變**批次大小**，
使 10 輪之後測試資料至少 **95%** 正確。比較損失曲線：小批次的逐批損失很嘈雜，卻走得更遠。
""",
        ),
        net,
        Controls(editable=frozenset({"batch_size"}), hidden=frozenset({"palette", *_EVERYDAY_PANELS})),
        [Goal("accuracy", at_least=0.95)],
    )


# -- 9 -------------------------------------------------------------------------------------------------


def backpropagation() -> Lesson:
    from ..templates import worked_example

    net = worked_example()
    return Lesson(
        "backpropagation",
        {"en": "The chain rule and backpropagation by hand", "zh_CN": "链式法则与手算反向传播",
         "zh_TW": "鏈式法則與手算反向傳播"},
        _texts(
            """
The tutorial's worked example: a part with length 0.1 and width 0.2, a 2-3-1 sigmoid network that
predicts 0.867 for it, the target 1, the loss L = (ŷ − y)², the learning rate 0.5.

**Step 1.** Open the **walkthrough** (F6) and step through the whole training step to its last step
(Next, or →): the forward pass, the loss, the backward pass, the updates. (The *Chain-rule warm-up*,
chosen at the top of the walkthrough, goes through the rule itself with a car and a tax first.)

**Step 2.** Compute one update by hand, with the chain rule:

    dL/dw(a₁→ŷ) = dL/dŷ · dŷ/dzₒ · dzₒ/dw = 2(ŷ − y) · σ'(zₒ) · a₁

and then w ← w − η · dL/dw. Type the new value of the weight from a₁ to ŷ (now 0.4) into that edge
(double-click it), to four decimal places. *Apply update* in the walkthrough does the same for every
weight at once — try it afterwards, and check your number.
""",
            """
教程中的算例：一个长度 0.1、宽度 0.2 的零件，一个 2-3-1 的 sigmoid 网络对它预测 0.867，目标为 1，
损失 L = (ŷ − y)²，学习率 0.5。

**第 1 步。** 打开**逐步讲解**（F6），把整个训练步骤一直走到最后一步（下一步，或 →）：前向传播、损失、
反向传播、更新。（在逐步讲解顶部可以选择*链式法则热身*，先用一辆车和税来讲解这个法则本身。）

**第 2 步。** 用链式法则手算一次更新：

    dL/dw(a₁→ŷ) = dL/dŷ · dŷ/dzₒ · dzₒ/dw = 2(ŷ − y) · σ'(zₒ) · a₁

然后 w ← w − η · dL/dw。把从 a₁ 到 ŷ 的权重（现在是 0.4）的新值输入这条边（双击它），保留四位小数。
逐步讲解中的*应用更新*会一次性对所有权重做同样的事——之后试试，核对你的结果。
""",
            """
教程中的算例：一個長度 0.1、寬度 0.2 的零件，一個 2-3-1 的 sigmoid 網路對它預測 0.867，目標為 1，
損失 L = (ŷ − y)²，學習率 0.5。

**第 1 步。** 打開**逐步講解**（F6），把整個訓練步驟一直走到最後一步（下一步，或 →）：前向傳播、損失、
反向傳播、更新。（在逐步講解頂部可以選擇*鏈式法則熱身*，先用一輛車和稅來講解這個法則本身。）

**第 2 步。** 用鏈式法則手算一次更新：

    dL/dw(a₁→ŷ) = dL/dŷ · dŷ/dzₒ · dzₒ/dw = 2(ŷ − y) · σ'(zₒ) · a₁

然後 w ← w − η · dL/dw。把從 a₁ 到 ŷ 的權重（現在是 0.4）的新值輸入這條邊（雙擊它），保留四位小數。
逐步講解中的*套用更新*會一次性對所有權重做同樣的事——之後試試，核對你的結果。
""",
        ),
        net,
        Controls(editable=frozenset({"weights"}),
                 hidden=frozenset({"palette", "boundary", "metrics", *_EVERYDAY_PANELS})),
        [Goal("walkthrough"),
         Goal("weight", connection="C2", row=0, column=0, value=0.4084, tolerance=0.0001,
              label=_label("The updated weight w(a₁→ŷ) typed in: 0.4084", "输入更新后的权重 w(a₁→ŷ)：0.4084",
                           "輸入更新後的權重 w(a₁→ŷ)：0.4084"))],
    )


# -- 10 ------------------------------------------------------------------------------------------------


def mnist() -> Lesson:
    net = Sequential([Input(shape=(28, 28), name="Image 28×28"), Dense(10, "softmax", name="Digits")],
                     name="MNIST", loss="categorical_crossentropy", optimizer="adam", batch_size=32, epochs=5,
                     validation_split=0.2, seed=0, dtype="float32")
    net.dataset = {"kind": "builtin", "name": "mnist", "params": {}}
    return Lesson(
        "mnist",
        {"en": "MNIST with a multilayer perceptron", "zh_CN": "用多层感知机识别 MNIST", "zh_TW": "用多層感知器辨識 MNIST"},
        _texts(
            """
70,000 handwritten digits of 28 × 28 pixels: 60,000 to train on, 10,000 to test. This network connects
the 784 pixels straight to 10 softmax output neurons, one per digit: after 5 epochs it reaches about
0.92 on the test images.

**Your task:** build the tutorial's multilayer perceptron and reach a test accuracy of at least **0.97**,
with at most **120,000** parameters. The training settings stay as in the tutorial: Adam, categorical
cross-entropy, 5 epochs of batch 32, 20 % of the training images held out for validation.

1. Add two **Dense** layers from the palette; in the inspector give the first 128 neurons and the second
   64, both with **ReLU**.
2. Connect Image → Dense 128 → Dense 64 → Digits, and delete the connection from Image to Digits.
3. Press **Start** (it takes a minute or so) and watch the loss and the confusion matrix.

784·128 + 128 + 128·64 + 64 + 64·10 + 10 = 109,386 parameters; Keras reports 0.9741.
""",
            """
70000 个 28 × 28 像素的手写数字：60000 个用于训练，10000 个用于测试。这个网络把 784 个像素直接连到
10 个 softmax 输出神经元，每个数字一个：训练 5 轮后，在测试图像上约为 0.92。

**你的任务：** 搭建教程中的多层感知机，使测试准确率至少为 **0.97**，参数最多 **120000** 个。
训练设置保持教程中的样子：Adam、分类交叉熵、批量大小 32 训练 5 轮、留出 20% 的训练图像做验证。

1. 从组件面板加入两个 **Dense** 层；在属性面板中给第一个 128 个神经元，第二个 64 个，都用 **ReLU**。
2. 连接 Image → Dense 128 → Dense 64 → Digits，并删除从 Image 到 Digits 的连接。
3. 按**开始**（大约需要一分钟），观察损失和混淆矩阵。

784·128 + 128 + 128·64 + 64 + 64·10 + 10 = 109386 个参数；Keras 报告 0.9741。
""",
            """
70000 個 28 × 28 像素的手寫數字：60000 個用於訓練，10000 個用於測試。這個網路把 784 個像素直接連到
10 個 softmax 輸出神經元，每個數字一個：訓練 5 輪後，在測試影像上約為 0.92。

**你的任務：** 搭建教程中的多層感知器，使測試準確率至少為 **0.97**，參數最多 **120000** 個。
訓練設定保持教程中的樣子：Adam、分類交叉熵、批次大小 32 訓練 5 輪、留出 20% 的訓練影像做驗證。

1. 從元件面板加入兩個 **Dense** 層；在屬性面板中給第一個 128 個神經元，第二個 64 個，都用 **ReLU**。
2. 連接 Image → Dense 128 → Dense 64 → Digits，並刪除從 Image 到 Digits 的連接。
3. 按**開始**（大約需要一分鐘），觀察損失和混淆矩陣。

784·128 + 128 + 128·64 + 64 + 64·10 + 10 = 109386 個參數；Keras 報告 0.9741。
""",
        ),
        net,
        Controls(locked=frozenset({"loss", "optimizer", "learning_rate", "batch_size", "epochs", "validation_split",
                                   "seed", "dataset"}),
                 hidden=frozenset({"boundary", *_EVERYDAY_PANELS})),
        [Goal("accuracy", at_least=0.97), Goal("parameters", at_most=120_000)],
    )


#: The built-in lessons in order: (file name, definition).
DEFINITIONS: tuple[tuple[str, Callable[[], Lesson]], ...] = (
    ("01-neuron.json", neuron),
    ("02-perceptron.json", perceptron),
    ("03-hidden-layer.json", hidden_layer),
    ("04-activations.json", activations),
    ("05-losses.json", losses),
    ("06-overfitting.json", overfitting),
    ("07-learning-rate.json", learning_rate),
    ("08-batch-size.json", batch_size),
    ("09-backpropagation.json", backpropagation),
    ("10-mnist.json", mnist),
)


def lessons_dir() -> Path:
    return resource("lessons")


def builtin_paths() -> list[Path]:
    """The shipped lesson files, in order."""
    return sorted(lessons_dir().glob("*.json"))


def load_builtin() -> list[Lesson]:
    """Every shipped lesson, read from its file (a damaged one raises its LessonFileError)."""
    return [load(path) for path in builtin_paths()]


def find_builtin(lesson_id: str) -> Path | None:
    """The shipped file of the lesson ``lesson_id`` ("perceptron"), or of that file name ("02-perceptron")."""
    for path in builtin_paths():
        if path.stem == lesson_id or path.stem.split("-", 1)[-1] == lesson_id:
            return path
    return None


def write_builtin(directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    return [save(make(), directory / name) for name, make in DEFINITIONS]


if __name__ == "__main__":  # pragma: no cover - maintenance script
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "resources" / "lessons"
    for p in write_builtin(target):
        print(p)
