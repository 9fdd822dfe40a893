<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Activations</name>
    <message>
        <location filename="../../netbuilder/model/catalog.py" line="76"/>
        <source>Identity (linear)</source>
        <translation>恒等（线性）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/catalog.py" line="80"/>
        <source>Step (perceptron)</source>
        <translation>阶跃（感知机）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/catalog.py" line="85"/>
        <source>Sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/catalog.py" line="87"/>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/catalog.py" line="89"/>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/catalog.py" line="92"/>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/catalog.py" line="99"/>
        <source>PReLU</source>
        <translation>PReLU</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/catalog.py" line="107"/>
        <source>ELU</source>
        <translation>ELU</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/catalog.py" line="113"/>
        <source>Swish</source>
        <translation>Swish</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/catalog.py" line="118"/>
        <source>GELU</source>
        <translation>GELU</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/catalog.py" line="119"/>
        <source>Softmax</source>
        <translation>Softmax</translation>
    </message>
</context>
<context>
    <name>Animation</name>
    <message>
        <location filename="../../netbuilder/ui/animation.py" line="145"/>
        <source>%1 · epoch %2 · loss %3</source>
        <translation>%1 · 第 %2 轮 · 损失 %3</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/animation.py" line="177"/>
        <source>There is no recorded run to animate: train the network in the window first (every run is recorded).</source>
        <translation>没有可做成动画的记录：请先在窗口中训练网络（每次训练都会被记录）。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/animation.py" line="182"/>
        <source>Writing MP4 videos needs ffmpeg (python -m pip install imageio-ffmpeg, or install ffmpeg); GIF animations work without it.</source>
        <translation>写入 MP4 视频需要 ffmpeg（python -m pip install imageio-ffmpeg，或安装 ffmpeg）；GIF 动画不需要它。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/animation.py" line="188"/>
        <source>Writing animations needs the Pillow package (python -m pip install Pillow).</source>
        <translation>写入动画需要 Pillow 包（python -m pip install Pillow）。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/animation.py" line="214"/>
        <location filename="../../netbuilder/ui/animation.py" line="253"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/animation.py" line="242"/>
        <source>ffmpeg did not finish writing %1</source>
        <translation>ffmpeg 未能写完 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/animation.py" line="244"/>
        <location filename="../../netbuilder/ui/animation.py" line="248"/>
        <source>ffmpeg could not write %1: %2</source>
        <translation>ffmpeg 无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <location filename="../../netbuilder/ui/canvas/items.py" line="226"/>
        <source>output %1</source>
        <translation>输出 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/items.py" line="229"/>
        <source>%1 neurons, activation %2</source>
        <translation>%1 个神经元，激活函数 %2</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/items.py" line="231"/>
        <source>Drawn as a block: too many neurons to draw one by one.</source>
        <translation>以方块绘制：神经元太多，无法逐个绘制。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/items.py" line="233"/>
        <source>neuron %1</source>
        <translation>神经元 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/items.py" line="235"/>
        <source>bias b = %1</source>
        <translation>偏置 b = %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/items.py" line="237"/>
        <source>activation a = %1</source>
        <translation>激活值 a = %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/items.py" line="239"/>
        <source>Double-click to edit the bias.</source>
        <translation>双击以编辑偏置。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/items.py" line="246"/>
        <source>%1 filters %2, stride %3, %4 padding · %5</source>
        <translation>%1 个 %2 的卷积核，步幅 %3，%4 填充 · %5</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/items.py" line="249"/>
        <source>max of %1, stride %2, %3 padding</source>
        <translation>取 %1 窗口的最大值，步幅 %2，%3 填充</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/items.py" line="250"/>
        <source>mean of %1, stride %2, %3 padding</source>
        <translation>取 %1 窗口的平均值，步幅 %2，%3 填充</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/items.py" line="252"/>
        <source>the image as one vector</source>
        <translation>把图像展平成一个向量</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/items.py" line="486"/>
        <source>Drag from here to another layer to connect them.</source>
        <translation>从这里拖到另一层以连接它们。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/items.py" line="600"/>
        <source>(removed: select it and press Delete to restore)</source>
        <translation>（已移除：选中它并按 Delete 恢复）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/items.py" line="601"/>
        <source>weight %1 → %2 = %3</source>
        <translation>权重 %1 → %2 = %3</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/items.py" line="602"/>
        <source>Double-click to edit; Delete removes this edge.</source>
        <translation>双击以编辑；Delete 移除这条边。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/items.py" line="768"/>
        <source>No weights: the values pass on to be pooled or flattened.</source>
        <translation>没有权重：数值直接传下去做池化或展平。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/items.py" line="773"/>
        <source>%1 kernels of %2×%3×%4 (%5 weights): mean %6, spread %7</source>
        <translation>%1 个 %2×%3×%4 的卷积核（%5 个权重）：平均 %6，离散度 %7</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/items.py" line="775"/>
        <source>The Filters panel shows them as images.</source>
        <translation>“卷积核”面板把它们显示成图像。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/items.py" line="780"/>
        <source>%1 × %2 weights (%3 trainable): mean %4, spread %5</source>
        <translation>%1 × %2 个权重（%3 个可训练）：均值 %4，离散度 %5</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/items.py" line="782"/>
        <source>Select it to see the matrix in the inspector.</source>
        <translation>选中它即可在属性面板中查看矩阵。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/view.py" line="205"/>
        <source>Drag an Input layer, a Dense layer and an Output layer here from the palette,
then drag from each layer&apos;s right-hand handle to the next layer to connect them.</source>
        <translation>从组件面板把一个输入层、一个全连接层和一个输出层拖到这里，
然后从每层右侧的手柄拖到下一层，把它们连接起来。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/view.py" line="222"/>
        <source>positive weight</source>
        <translation>正权重</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/view.py" line="223"/>
        <source>negative weight</source>
        <translation>负权重</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/view.py" line="224"/>
        <source>thicker = larger |w|</source>
        <translation>越粗 = |w| 越大</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/insight.py" line="133"/>
        <source>%1 of %2 dead</source>
        <translation>%2 个中 %1 个死亡</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/insight.py" line="134"/>
        <source>%1 saturated</source>
        <translation>%1 饱和</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/insight.py" line="143"/>
        <source>Dead ReLU neurons: %1 of %2</source>
        <translation>死亡的 ReLU 神经元：%2 个中 %1 个</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/insight.py" line="144"/>
        <source>They gave 0 for every sample of the last epoch. ReLU&apos;s slope is 0 there, so no gradient reaches their weights and they may never come back (Dying ReLU).</source>
        <translation>它们在上一轮的每个样本上都输出 0。ReLU 在那里的斜率为 0，没有梯度能传到它们的权重，它们可能再也不会恢复（神经元死亡，Dying ReLU）。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/insight.py" line="146"/>
        <source>&lt;i&gt;Try:&lt;/i&gt; a lower learning rate, He initialisation, leaky ReLU or ELU instead, or a small positive bias.</source>
        <translation>&lt;i&gt;可以试试：&lt;/i&gt;更低的学习率、He 初始化、改用 Leaky ReLU 或 ELU，或一个小的正偏置。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/insight.py" line="150"/>
        <source>Saturated %1 neurons: %2 of the outputs</source>
        <translation>饱和的 %1 神经元：占输出的 %2</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/insight.py" line="151"/>
        <source>Over the last epoch these outputs sat where the activation function is flat (its slope below 5 % of its peak: near 0 or 1 for sigmoid, near −1 or 1 for tanh). Almost no gradient passes back through them, so this layer and the layers before it learn slowly (vanishing gradient).</source>
        <translation>上一轮中，这些输出落在激活函数平坦的区域（斜率低于峰值的 5 %：sigmoid 接近 0 或 1，tanh 接近 −1 或 1）。几乎没有梯度能从它们反向传回，所以这一层和它之前的层学得很慢（梯度消失）。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/insight.py" line="155"/>
        <source>&lt;i&gt;Try:&lt;/i&gt; ReLU or leaky ReLU instead, smaller initial weights (Glorot initialisation), inputs scaled to about −1…1, or a lower learning rate.</source>
        <translation>&lt;i&gt;可以试试：&lt;/i&gt;改用 ReLU 或 Leaky ReLU、更小的初始权重（Glorot 初始化）、把输入缩放到约 −1…1，或更低的学习率。</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../netbuilder/ui/commands.py" line="49"/>
        <source>Add layer “%1”</source>
        <translation>添加层“%1”</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/commands.py" line="61"/>
        <source>Delete layer “%1”</source>
        <translation>删除层“%1”</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/commands.py" line="80"/>
        <source>Connect “%1” to “%2”</source>
        <translation>连接“%1”到“%2”</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/commands.py" line="99"/>
        <source>Delete connection “%1” → “%2”</source>
        <translation>删除连接“%1”→“%2”</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/commands.py" line="194"/>
        <source>Resize “%1” to %2 neurons</source>
        <translation>将“%1”调整为 %2 个神经元</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/commands.py" line="198"/>
        <source>Set activation of “%1” to %2</source>
        <translation>将“%1”的激活函数设为 %2</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/commands.py" line="200"/>
        <source>Rename “%1” to “%2”</source>
        <translation>将“%1”重命名为“%2”</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/commands.py" line="202"/>
        <location filename="../../netbuilder/ui/commands.py" line="276"/>
        <source>Move “%1”</source>
        <translation>移动“%1”</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/commands.py" line="203"/>
        <source>Change “%1”</source>
        <translation>修改“%1”</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/commands.py" line="209"/>
        <source>Set weight %1 to %2</source>
        <translation>将权重 %1 设为 %2</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/commands.py" line="225"/>
        <source>Set bias of neuron %1 of “%2” to %3</source>
        <translation>将“%2”的神经元 %1 的偏置设为 %3</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/commands.py" line="257"/>
        <source>Restore edge %1</source>
        <translation>恢复边 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/commands.py" line="257"/>
        <source>Remove edge %1</source>
        <translation>移除边 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/commands.py" line="278"/>
        <source>Move %1 layers</source>
        <translation>移动 %1 个层</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/commands.py" line="318"/>
        <source>Restore the moment at epoch %1</source>
        <translation>恢复第 %1 轮时的参数</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/commands.py" line="328"/>
        <source>Change training settings</source>
        <translation>修改训练设置</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/commands.py" line="352"/>
        <source>Change network settings</source>
        <translation>修改网络设置</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="37"/>
        <source>zeros</source>
        <translation>全零</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="37"/>
        <source>small random (σ = 0.01)</source>
        <translation>小随机数 (σ = 0.01)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="38"/>
        <source>Glorot uniform</source>
        <translation>Glorot 均匀</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="38"/>
        <source>He normal</source>
        <translation>He 正态</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="46"/>
        <source>Type one or more learning rates, e.g. 0.01, 0.1, 1.</source>
        <translation>请输入一个或多个学习率，例如 0.01, 0.1, 1。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="52"/>
        <source>“%1” is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="54"/>
        <source>A learning rate must be larger than 0, not %1.</source>
        <translation>学习率必须大于 0，而不是 %1。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="57"/>
        <source>At most %1 runs at a time.</source>
        <translation>一次最多 %1 次运行。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="73"/>
        <source>Compare Runs</source>
        <translation>比较多次运行</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="85"/>
        <source>Train the network several times, changing one thing, and compare the runs. Each run trains a copy: the network is not changed.</source>
        <translation>多次训练网络，每次只改变一项，然后比较这些运行。每次运行训练的是一个副本：网络本身不会改变。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="92"/>
        <source>Initialisation</source>
        <translation>初始化</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="93"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="94"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="95"/>
        <source>What varies:</source>
        <translation>改变的是：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="112"/>
        <source>Learning rates separated by commas, e.g. 0.01, 0.1, 1</source>
        <translation>用逗号分隔的学习率，例如 0.01, 0.1, 1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="119"/>
        <source> runs</source>
        <translation> 次运行</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="120"/>
        <source>The same network with other random starting weights and another order of the samples</source>
        <translation>同一个网络，换一组随机初始权重和另一种样本顺序</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="128"/>
        <source>Epochs per run:</source>
        <translation>每次运行的轮数：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="135"/>
        <source>The table counts the epochs each run needs to bring its training loss down to this</source>
        <translation>表格统计每次运行把训练损失降到这个值所需的轮数</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="137"/>
        <source>Target loss:</source>
        <translation>目标损失：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="141"/>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="300"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="145"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="176"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="206"/>
        <source>Choose at least one initialisation.</source>
        <translation>请至少选择一种初始化。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="209"/>
        <source>learning rate %1</source>
        <translation>学习率 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="211"/>
        <source>seed %1</source>
        <translation>种子 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="225"/>
        <source>Training is running: stop it first, then compare.</source>
        <translation>训练正在进行：请先停止，再比较。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="241"/>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="272"/>
        <source>%1 of %2 runs</source>
        <translation>%1 / %2 次运行</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="253"/>
        <source>Cancelling: the run in progress stops at its next step…</source>
        <translation>正在取消：进行中的运行将在下一步停止…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="264"/>
        <source>Training “%1” (%2 of %3)…</source>
        <translation>正在训练“%1”（第 %2 / %3 次）…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="283"/>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="341"/>
        <source>Cancelled after %1 of %2 runs.</source>
        <translation>已取消：完成了 %1 / %2 次运行。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="286"/>
        <source>Done: the loss curves are in the Loss panel, labelled with what each run changed.</source>
        <translation>完成：损失曲线在“损失”面板中，标注了每次运行改变的内容。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="292"/>
        <source>The comparison could not run: %1</source>
        <translation>比较无法进行：%1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="300"/>
        <source>Final loss</source>
        <translation>最终损失</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="301"/>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="301"/>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="302"/>
        <source>Epochs to loss ≤ %1</source>
        <translation>损失 ≤ %1 所需轮数</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="313"/>
        <source>diverged</source>
        <translation>发散</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="319"/>
        <source>not reached</source>
        <translation>未达到</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="350"/>
        <source>&amp;Compare…</source>
        <translation>比较(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="352"/>
        <source>Train the network several times, changing the initialisation, the learning rate or the seed, and compare the runs</source>
        <translation>多次训练网络，改变初始化、学习率或随机种子，然后比较这些运行</translation>
    </message>
</context>
<context>
    <name>Data</name>
    <message>
        <location filename="../../netbuilder/ui/data/__init__.py" line="28"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/__init__.py" line="62"/>
        <source>&amp;Choose Dataset…</source>
        <translation>选择数据集(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/__init__.py" line="63"/>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/__init__.py" line="64"/>
        <source>Open &amp;IDX Images…</source>
        <translation>打开 IDX 图像(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/__init__.py" line="65"/>
        <source>Draw &amp;Your Own Data</source>
        <translation>绘制自己的数据(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/__init__.py" line="68"/>
        <source>&amp;Data</source>
        <translation>数据(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="52"/>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="138"/>
        <source>Import CSV</source>
        <translation>导入 CSV</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="61"/>
        <source>the CSV file to read</source>
        <translation>要读取的 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="63"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="65"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="72"/>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="74"/>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="78"/>
        <source>detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="72"/>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="73"/>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="73"/>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="74"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="75"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="79"/>
        <source>class labels (one-hot)</source>
        <translation>类别标签（独热编码）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="80"/>
        <source>numbers (regression)</source>
        <translation>数值（回归）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="81"/>
        <source>none</source>
        <translation>不缩放</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="81"/>
        <source>standardise</source>
        <translation>标准化</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="82"/>
        <source>min-max to [0, 1]</source>
        <translation>最小-最大缩放到 [0, 1]</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="83"/>
        <source>Separator:</source>
        <translation>分隔符：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="84"/>
        <source>Header row:</source>
        <translation>标题行：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="85"/>
        <source>Targets are:</source>
        <translation>目标是：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="86"/>
        <source>Scale inputs:</source>
        <translation>缩放输入：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="91"/>
        <source>Validation share:</source>
        <translation>验证集比例：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="92"/>
        <source>Test share:</source>
        <translation>测试集比例：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="93"/>
        <source>Split seed:</source>
        <translation>划分种子：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="98"/>
        <source>Columns (choose what each one is):</source>
        <translation>列（选择每一列的用途）：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="101"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="101"/>
        <source>Use as</source>
        <translation>用作</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="102"/>
        <source>First values</source>
        <translation>前几个值</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="106"/>
        <source>First rows:</source>
        <translation>前几行：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="120"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="139"/>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="174"/>
        <location filename="../../netbuilder/ui/data/preview.py" line="51"/>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="174"/>
        <location filename="../../netbuilder/ui/data/preview.py" line="52"/>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="175"/>
        <source>not used</source>
        <translation>不使用</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="219"/>
        <source>Choose a CSV file first.</source>
        <translation>请先选择一个 CSV 文件。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="227"/>
        <source>Choose at least one target column: what the network should predict.</source>
        <translation>请至少选择一个目标列：即网络要预测的内容。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="230"/>
        <source>Choose at least one input column.</source>
        <translation>请至少选择一个输入列。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="256"/>
        <source>Imported %1.</source>
        <translation>已导入 %1。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/chooser.py" line="47"/>
        <source>Samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/chooser.py" line="48"/>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/chooser.py" line="49"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/chooser.py" line="50"/>
        <source>Test share</source>
        <translation>测试集比例</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/chooser.py" line="51"/>
        <source>Classes</source>
        <translation>类别数</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/chooser.py" line="52"/>
        <source>Training images</source>
        <translation>训练图像数</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/chooser.py" line="102"/>
        <source>Dataset:</source>
        <translation>数据集：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/chooser.py" line="110"/>
        <source>Your own data (draw or type)</source>
        <translation>自己的数据（绘制或输入）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/chooser.py" line="116"/>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/chooser.py" line="119"/>
        <source>Open IDX…</source>
        <translation>打开 IDX…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/chooser.py" line="121"/>
        <source>Images and labels in IDX files, such as Fashion-MNIST</source>
        <translation>IDX 文件中的图像和标签，例如 Fashion-MNIST</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/chooser.py" line="123"/>
        <source>Edit these points</source>
        <translation>编辑这些点</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/chooser.py" line="125"/>
        <source>Copy these samples into your own data, to add, move or delete points</source>
        <translation>把这些样本复制到自己的数据中，以便添加、移动或删除点</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/chooser.py" line="132"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/chooser.py" line="140"/>
        <source>Input features</source>
        <translation>输入特征</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/chooser.py" line="141"/>
        <source>Extra inputs computed from x₁ and x₂, as in the TensorFlow Playground; the input layer gets one neuron for each feature switched on.</source>
        <translation>由 x₁ 和 x₂ 计算出的额外输入，与 TensorFlow Playground 相同；每打开一个特征，输入层就多一个神经元。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/preview.py" line="77"/>
        <source>This network names no data yet: choose a dataset above, import a CSV file, or draw your own points.</source>
        <translation>这个网络还没有指定数据：请在上方选择一个数据集、导入 CSV 文件，或绘制自己的点。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/own_points.py" line="60"/>
        <source>New points:</source>
        <translation>新点：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/own_points.py" line="71"/>
        <source>Classes:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/own_points.py" line="92"/>
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/own_points.py" line="95"/>
        <source>Delete rows</source>
        <translation>删除行</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/panel.py" line="181"/>
        <source>The network&apos;s dataset cannot be loaded: %1</source>
        <translation>无法加载网络的数据集：%1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/preview.py" line="38"/>
        <source>The first %1 training images, with their labels:</source>
        <translation>前 %1 张训练图像及其标签：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/own_points.py" line="212"/>
        <location filename="../../netbuilder/ui/data/preview.py" line="62"/>
        <location filename="../../netbuilder/ui/data/preview.py" line="153"/>
        <source>class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/chooser.py" line="61"/>
        <source>CSV file: %1</source>
        <translation>CSV 文件：%1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/chooser.py" line="63"/>
        <source>IDX images: %1</source>
        <translation>IDX 图像：%1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/chooser.py" line="65"/>
        <location filename="../../netbuilder/ui/training/panel.py" line="71"/>
        <source>Samples in the file: %1</source>
        <translation>文件中的样本：%1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/chooser.py" line="65"/>
        <location filename="../../netbuilder/ui/training/panel.py" line="71"/>
        <source>samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/panel.py" line="212"/>
        <source>Use your own data</source>
        <translation>使用自己的数据</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/panel.py" line="206"/>
        <source>Use dataset “%1”</source>
        <translation>使用数据集“%1”</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/panel.py" line="224"/>
        <source>Change settings of “%1”</source>
        <translation>修改“%1”的设置</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/chooser.py" line="278"/>
        <source>Keep at least one input feature switched on.</source>
        <translation>请至少保留一个输入特征处于打开状态。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/panel.py" line="233"/>
        <source>Input features: %1</source>
        <translation>输入特征：%1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/panel.py" line="242"/>
        <location filename="../../netbuilder/ui/data/panel.py" line="290"/>
        <source>Cannot use this data: %1</source>
        <translation>无法使用这些数据：%1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/panel.py" line="257"/>
        <source>Editing is locked.</source>
        <translation>编辑已锁定。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/panel.py" line="264"/>
        <source>Using %1, but the layers were not fitted to it: %2</source>
        <translation>正在使用 %1，但各层未能调整以适应它：%2</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/panel.py" line="267"/>
        <source>Using %1: %2.</source>
        <translation>正在使用 %1：%2。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/panel.py" line="269"/>
        <source>Using %1; the input and output layers already fit it.</source>
        <translation>正在使用 %1；输入层和输出层已与之匹配。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/panel.py" line="278"/>
        <source>Import “%1”</source>
        <translation>导入“%1”</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/files.py" line="31"/>
        <source>Open IDX images</source>
        <translation>打开 IDX 图像</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/files.py" line="32"/>
        <source>IDX image files (*idx3* *.idx *.gz);;All files (*)</source>
        <translation>IDX 图像文件 (*idx3* *.idx *.gz);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/panel.py" line="292"/>
        <source>Open images “%1”</source>
        <translation>打开图像“%1”</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/panel.py" line="309"/>
        <source>Only data with two inputs can be drawn on the plane.</source>
        <translation>只有两个输入的数据才能在平面上绘制。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/panel.py" line="311"/>
        <source>Edit the points as your own data</source>
        <translation>把这些点作为自己的数据来编辑</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/own_points.py" line="164"/>
        <source>Add point</source>
        <translation>添加点</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/own_points.py" line="178"/>
        <source>Move point</source>
        <translation>移动点</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/own_points.py" line="181"/>
        <source>Delete point</source>
        <translation>删除点</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/own_points.py" line="203"/>
        <source>Use %1 classes</source>
        <translation>使用 %1 个类别</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/own_points.py" line="232"/>
        <source>Row %1, column %2: “%3” is not a number.</source>
        <translation>第 %1 行，第 %2 列：“%3”不是数字。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/own_points.py" line="238"/>
        <source>Row %1, column %2: %3.</source>
        <translation>第 %1 行，第 %2 列：%3。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/own_points.py" line="241"/>
        <source>Edit sample %1</source>
        <translation>编辑样本 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/own_points.py" line="246"/>
        <source>Add sample</source>
        <translation>添加样本</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/own_points.py" line="252"/>
        <source>Select the rows to delete first.</source>
        <translation>请先选择要删除的行。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/own_points.py" line="254"/>
        <source>Delete samples</source>
        <translation>删除样本</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/own_samples.py" line="53"/>
        <source>every value must be a finite number</source>
        <translation>每个值都必须是有限的数字</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/own_samples.py" line="60"/>
        <source>a class is a whole number from 0 to %1</source>
        <translation>类别是 0 到 %1 之间的整数</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/own_samples.py" line="76"/>
        <source>keep at least one sample: a dataset cannot be empty</source>
        <translation>至少保留一个样本：数据集不能为空</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/own_samples.py" line="92"/>
        <source>some points belong to class %1: delete them first</source>
        <translation>有些点属于类别 %1：请先删除它们</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/scatter.py" line="261"/>
        <source>Click to add a point of the chosen class; drag points to move them; right-click or Delete removes one.</source>
        <translation>单击以添加所选类别的点；拖动点可移动它；右键单击或按 Delete 删除一个点。</translation>
    </message>
</context>
<context>
    <name>Datasets</name>
    <message>
        <location filename="../../netbuilder/data/attach.py" line="41"/>
        <location filename="../../netbuilder/data/dataset.py" line="114"/>
        <source>1 feature</source>
        <translation>1 个特征</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/attach.py" line="41"/>
        <location filename="../../netbuilder/data/dataset.py" line="115"/>
        <source>%1 features</source>
        <translation>%1 个特征</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/attach.py" line="42"/>
        <source>input layer &apos;%1&apos; resized from %2 to %3 neurons to match %4</source>
        <translation>输入层“%1”从 %2 个神经元调整为 %3 个，以匹配 %4</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/attach.py" line="45"/>
        <source>input layer &apos;%1&apos; no longer shows its inputs as a %2 image</source>
        <translation>输入层“%1”不再把输入显示为 %2 的图像</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/attach.py" line="49"/>
        <source>input layer &apos;%1&apos; now shows its inputs as a %2 image</source>
        <translation>输入层“%1”现在把输入显示为 %2 的图像</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/attach.py" line="57"/>
        <source>output layer &apos;%1&apos; resized from %2 to %3 neurons to match %4</source>
        <translation>输出层“%1”从 %2 个神经元调整为 %3 个，以匹配 %4</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/attach.py" line="62"/>
        <source>it now uses sigmoid, since softmax over a single neuron always gives 1</source>
        <translation>它现在使用 sigmoid，因为对单个神经元做 softmax 总是得到 1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/attach.py" line="66"/>
        <source>it now uses softmax, so its outputs are class probabilities that add up to 1</source>
        <translation>它现在使用 softmax，因此输出是总和为 1 的类别概率</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/attach.py" line="88"/>
        <source>2 classes (one neuron: 0 for the first class, 1 for the second)</source>
        <translation>2 个类别（一个神经元：第一类为 0，第二类为 1）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/attach.py" line="90"/>
        <location filename="../../netbuilder/data/dataset.py" line="120"/>
        <source>%1 classes</source>
        <translation>%1 个类别</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/attach.py" line="92"/>
        <source>1 target</source>
        <translation>1 个目标</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/attach.py" line="93"/>
        <source>%1 targets</source>
        <translation>%1 个目标</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/builtin.py" line="24"/>
        <source>random seed: the same seed gives the same samples</source>
        <translation>随机种子：相同的种子产生相同的样本</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/builtin.py" line="26"/>
        <source>share of the samples kept apart as a test set</source>
        <translation>留出作为测试集的样本比例</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/builtin.py" line="131"/>
        <source>number of samples (the table&apos;s rows, repeated)</source>
        <translation>样本数（真值表的行，重复排列）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/builtin.py" line="134"/>
        <source>standard deviation of noise added to the inputs</source>
        <translation>加到输入上的噪声的标准差</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/builtin.py" line="159"/>
        <source>XOR</source>
        <translation>XOR</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/builtin.py" line="160"/>
        <source>1 when exactly one input is 1: no single straight line separates the classes</source>
        <translation>恰好一个输入为 1 时为 1：没有一条直线能把两类分开</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/builtin.py" line="161"/>
        <source>AND</source>
        <translation>AND</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/builtin.py" line="162"/>
        <source>1 only when both inputs are 1: a perceptron learns it</source>
        <translation>仅当两个输入都为 1 时为 1：感知机可以学会</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/builtin.py" line="163"/>
        <source>OR</source>
        <translation>OR</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/builtin.py" line="164"/>
        <source>1 when either input is 1: a perceptron learns it</source>
        <translation>任一输入为 1 时为 1：感知机可以学会</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/builtin.py" line="165"/>
        <source>NOT</source>
        <translation>NOT</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/builtin.py" line="166"/>
        <source>flips its one input: a perceptron learns it</source>
        <translation>把唯一的输入取反：感知机可以学会</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/dataset.py" line="113"/>
        <source>%1: %2 samples</source>
        <translation>%1：%2 个样本</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/dataset.py" line="117"/>
        <source>1 target (regression)</source>
        <translation>1 个目标（回归）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/dataset.py" line="118"/>
        <source>%1 targets (regression)</source>
        <translation>%1 个目标（回归）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/dataset.py" line="122"/>
        <source>%1 validation samples</source>
        <translation>%1 个验证样本</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/dataset.py" line="124"/>
        <source>%1 test samples</source>
        <translation>%1 个测试样本</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/generators_2d.py" line="32"/>
        <source>number of samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/generators_2d.py" line="78"/>
        <source>Two Gaussian blobs</source>
        <translation>两个高斯团</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/generators_2d.py" line="79"/>
        <source>spread of the blobs: variance 0.5 at 0, 4 at 0.5, 7.5 at 1</source>
        <translation>点团的分散程度：0 时方差为 0.5，0.5 时为 4，1 时为 7.5</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/generators_2d.py" line="81"/>
        <source>two round clouds of points around (2, 2) and (−2, −2): a single straight line separates them</source>
        <translation>围绕 (2, 2) 和 (−2, −2) 的两团圆形点云：一条直线就能把它们分开</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/generators_2d.py" line="97"/>
        <source>Circle in a ring</source>
        <translation>环中之圆</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/generators_2d.py" line="98"/>
        <source>mislabels points near the boundary: positions are jittered by up to noise × 5 before labelling</source>
        <translation>让边界附近的点标错：判定标签前，点的位置最多抖动 噪声 × 5</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/generators_2d.py" line="100"/>
        <source>a disc of points (class 1) inside a ring (class 0): no straight line separates them, x1² and x2² do</source>
        <translation>环（类别 0）内的一个圆盘形点集（类别 1）：没有直线能把它们分开，x1² 和 x2² 可以</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/generators_2d.py" line="117"/>
        <source>Two moons</source>
        <translation>两个月牙</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/generators_2d.py" line="118"/>
        <source>standard deviation of the jitter, as a share of a moon&apos;s radius</source>
        <translation>抖动的标准差，以月牙半径的比例表示</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/generators_2d.py" line="120"/>
        <source>two interleaving half circles: a curved boundary separates them</source>
        <translation>两个交错的半圆：一条曲线边界能把它们分开</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/generators_2d.py" line="141"/>
        <source>Spiral</source>
        <translation>螺旋</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/generators_2d.py" line="144"/>
        <source>each point moves by up to ± noise in x1 and in x2</source>
        <translation>每个点在 x1 和 x2 方向上各移动最多 ± 噪声</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/generators_2d.py" line="145"/>
        <source>number of spiral arms, one class each</source>
        <translation>螺旋臂的数量，每条臂一个类别</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/generators_2d.py" line="148"/>
        <source>interleaved spiral arms, the Playground&apos;s hardest set: it needs several hidden layers or sin features</source>
        <translation>交错的螺旋臂，Playground 中最难的数据集：需要多个隐藏层或 sin 特征</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/generators_2d.py" line="176"/>
        <source>XOR plane</source>
        <translation>XOR 平面</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/generators_2d.py" line="177"/>
        <source>mislabels points near the axes: positions are jittered by up to noise × 5 before labelling</source>
        <translation>让坐标轴附近的点标错：判定标签前，点的位置最多抖动 噪声 × 5</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/generators_2d.py" line="179"/>
        <source>the four quadrants: class 1 where x1 and x2 have the same sign; x1·x2 separates them</source>
        <translation>四个象限：x1 与 x2 同号处为类别 1；x1·x2 能把它们分开</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/generators_2d.py" line="197"/>
        <source>Plane (regression)</source>
        <translation>平面（回归）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/generators_2d.py" line="198"/>
        <location filename="../../netbuilder/data/generators_2d.py" line="212"/>
        <source>standard deviation of the noise added to the target</source>
        <translation>加到目标上的噪声的标准差</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/generators_2d.py" line="199"/>
        <source>y = (x1 + x2) / 10: a single linear neuron fits it</source>
        <translation>y = (x1 + x2) / 10：一个线性神经元就能拟合</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/generators_2d.py" line="211"/>
        <source>Sine (regression)</source>
        <translation>正弦（回归）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/generators_2d.py" line="213"/>
        <source>y = sin(x) for x in [-6, 6]: a curve that a straight line cannot follow</source>
        <translation>x 在 [-6, 6] 内的 y = sin(x)：一条直线无法跟随的曲线</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/generators_2d.py" line="236"/>
        <source>Service life (regression)</source>
        <translation>使用寿命（回归）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/generators_2d.py" line="237"/>
        <source>standard deviation of the noise added to the service life</source>
        <translation>加到使用寿命上的噪声的标准差</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/generators_2d.py" line="239"/>
        <source>the tutorial&apos;s example: a part&apos;s length and width (scaled to 0..1) predict its service life</source>
        <translation>教程中的例子：零件的长度和宽度（缩放到 0..1）预测其使用寿命</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/image_sets.py" line="45"/>
        <source>MNIST digits</source>
        <translation>MNIST 手写数字</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/image_sets.py" line="47"/>
        <source>how many of the 60000 training images to use (a random choice fixed by the seed); fewer train faster</source>
        <translation>使用 60000 张训练图像中的多少张（由种子固定的随机选择）；越少训练越快</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/image_sets.py" line="49"/>
        <source>70000 handwritten digits of 28 × 28 pixels: 60000 to train on and 10000 to test, 10 classes</source>
        <translation>70000 个 28 × 28 像素的手写数字：60000 个用于训练，10000 个用于测试，共 10 个类别</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <location filename="../../netbuilder/ui/editor.py" line="70"/>
        <source>Editing is locked.</source>
        <translation>编辑已锁定。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/editor.py" line="95"/>
        <source>Unknown palette entry %1.</source>
        <translation>未知的组件条目 %1。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/editor.py" line="98"/>
        <source>Pooling and Flatten layers take their size from their input: drop the neuron on a Dense or Conv2D layer.</source>
        <translation>池化层和 Flatten 层的大小由输入决定：请把神经元拖到 Dense 或 Conv2D 层上。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/editor.py" line="103"/>
        <source>Add a neuron to “%1”</source>
        <translation>向“%1”添加一个神经元</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/editor.py" line="105"/>
        <source>“%1” now has %2 neurons.</source>
        <translation>“%1”现在有 %2 个神经元。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/editor.py" line="109"/>
        <source>The network already has an input layer; this one is a second input (see the status bar).</source>
        <translation>网络已经有一个输入层；这个是第二个输入层（见状态栏）。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/editor.py" line="111"/>
        <source>Neuron</source>
        <translation>神经元</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/editor.py" line="120"/>
        <source>Drop an activation onto a layer to give it that activation.</source>
        <translation>把激活函数拖放到某一层上，即可让该层使用它。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/editor.py" line="124"/>
        <source>An input layer passes the data on unchanged: drop activations on hidden or output layers.</source>
        <translation>输入层原样传递数据：请把激活函数放到隐藏层或输出层上。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/editor.py" line="127"/>
        <source>Pooling and Flatten layers have no activation: drop it on a Dense or Conv2D layer.</source>
        <translation>池化层和 Flatten 层没有激活函数：请把它拖到 Dense 或 Conv2D 层上。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/editor.py" line="141"/>
        <source>“%1” is already connected to “%2”.</source>
        <translation>“%1”已经连接到“%2”。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/editor.py" line="144"/>
        <source>Data enters at the input layer: connect from it, not into it.</source>
        <translation>数据从输入层进入：请从它连出，而不是连入它。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/editor.py" line="150"/>
        <source>This connection closes a loop; see the status bar.</source>
        <translation>这条连接会形成环路；见状态栏。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/editor.py" line="161"/>
        <source>Arrange layers left to right</source>
        <translation>从左到右排列各层</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/editor.py" line="175"/>
        <source>Delete %1 items</source>
        <translation>删除 %1 项</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/editor.py" line="198"/>
        <location filename="../../netbuilder/ui/editor.py" line="206"/>
        <source>A weight must be a finite number.</source>
        <translation>权重必须是有限的数字。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/editor.py" line="212"/>
        <source>Set a weight of filter %1 to %2</source>
        <translation>把卷积核 %1 的一个权重设为 %2</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/editor.py" line="217"/>
        <source>A bias must be a finite number.</source>
        <translation>偏置必须是有限的数字。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/editor.py" line="228"/>
        <source>Re-initialize weights “%1” → “%2”</source>
        <translation>重新初始化权重“%1”→“%2”</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/editor.py" line="265"/>
        <source>Copied %1 layer(s).</source>
        <translation>已复制 %1 个层。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/editor.py" line="272"/>
        <source>The clipboard holds no layers.</source>
        <translation>剪贴板中没有层。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/editor.py" line="294"/>
        <source>Cannot paste: %1</source>
        <translation>无法粘贴：%1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/editor.py" line="296"/>
        <source>Paste %1 layer(s)</source>
        <translation>粘贴 %1 个层</translation>
    </message>
</context>
<context>
    <name>Examples</name>
    <message>
        <location filename="../../netbuilder/templates.py" line="190"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="191"/>
        <source>Worked example</source>
        <translation>手算示例</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="192"/>
        <source>A part&apos;s length (0.1) and width (0.2) predict its service life. One step of gradient descent with learning rate 0.5 on this one sample is the tutorial&apos;s worked example: prediction 0.867, target 1. Open the walkthrough to follow every number.</source>
        <translation>由零件的长度（0.1）和宽度（0.2）预测它的使用寿命。在这一个样本上以学习率 0.5 做一步梯度下降，就是教程中的手算示例：预测 0.867，目标 1。打开逐步讲解，跟着看每一个数。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="196"/>
        <source>Input (length, width)</source>
        <translation>输入（长度、宽度）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="197"/>
        <source>Hidden</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="198"/>
        <source>Output (service life)</source>
        <translation>输出（使用寿命）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="199"/>
        <source>XOR</source>
        <translation>XOR</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="200"/>
        <source>XOR: 1 when exactly one input is 1. A hidden layer bends the decision boundary so it can be learned.</source>
        <translation>XOR：恰好一个输入为 1 时输出 1。隐藏层让决策边界弯曲，这样才能学会它。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="202"/>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="203"/>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="204"/>
        <source>Perceptron (AND)</source>
        <translation>感知机（AND）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="205"/>
        <source>Perceptron (OR)</source>
        <translation>感知机（OR）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="206"/>
        <source>Perceptron (NOT)</source>
        <translation>感知机（NOT）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="207"/>
        <source>Perceptron (XOR)</source>
        <translation>感知机（XOR）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="208"/>
        <source>Rosenblatt&apos;s perceptron learns the AND truth table in a few epochs.</source>
        <translation>Rosenblatt 感知机在几轮之内学会 AND 真值表。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="209"/>
        <source>Rosenblatt&apos;s perceptron learns the OR truth table in a few epochs.</source>
        <translation>Rosenblatt 感知机在几轮之内学会 OR 真值表。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="210"/>
        <source>Rosenblatt&apos;s perceptron learns the NOT truth table in a few epochs.</source>
        <translation>Rosenblatt 感知机在几轮之内学会 NOT 真值表。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="211"/>
        <source>A single perceptron cannot learn XOR: no straight line separates its classes. Train it and watch it fail; then open xor.nbn, which has a hidden layer.</source>
        <translation>单个感知机学不会 XOR：没有一条直线能把它的两类分开。训练它，看它失败；然后打开带有隐藏层的 xor.nbn。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="213"/>
        <source>MNIST MLP</source>
        <translation>MNIST 多层感知机</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="214"/>
        <source>The tutorial&apos;s Keras MNIST model: 784-128-64-10 with ReLU and softmax, Adam, categorical cross-entropy, 5 epochs of batch 32 with 20% of the training images held out for validation. Keras reports test accuracy 0.9741.</source>
        <translation>教程中的 Keras MNIST 模型：784-128-64-10，ReLU 与 softmax，Adam，分类交叉熵，批量 32 训练 5 轮，留出 20% 的训练图像用于验证。Keras 报告的测试准确率为 0.9741。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="217"/>
        <source>Flatten (28×28)</source>
        <translation>展平（28×28）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="218"/>
        <source>Dense 128</source>
        <translation>全连接 128</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="219"/>
        <source>Dense 64</source>
        <translation>全连接 64</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="220"/>
        <source>Digits</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="221"/>
        <source>MNIST CNN</source>
        <translation>MNIST 卷积神经网络</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="222"/>
        <source>A small convolutional network (卷积神经网络) for MNIST: Conv2D 16 3×3 → MaxPooling 2 → Conv2D 32 3×3 → MaxPooling 2 → Flatten → Dense 64 (dropout 0.25) → Dense 10 softmax, Adam, batch 32, 10 epochs with 10% of the training images held out for validation. About 0.99 test accuracy.</source>
        <translation>用于 MNIST 的小型卷积神经网络：Conv2D 16 3×3 → MaxPooling 2 → Conv2D 32 3×3 → MaxPooling 2 → Flatten → Dense 64（dropout 0.25）→ Dense 10 softmax，Adam，批量 32，训练 10 轮，留出 10% 的训练图像用于验证。测试准确率约 0.99。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="226"/>
        <source>Image 28×28</source>
        <translation>图像 28×28</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="227"/>
        <source>Conv 16</source>
        <translation>卷积 16</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="228"/>
        <source>Pool 1</source>
        <translation>池化 1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="229"/>
        <source>Conv 32</source>
        <translation>卷积 32</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="230"/>
        <source>Pool 2</source>
        <translation>池化 2</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="231"/>
        <source>Flatten</source>
        <translation>展平</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="61"/>
        <source>The canvas is empty: there is nothing to export.</source>
        <translation>画布是空的：没有可导出的内容。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="102"/>
        <location filename="../../netbuilder/ui/export_actions.py" line="121"/>
        <location filename="../../netbuilder/ui/export_actions.py" line="128"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="118"/>
        <source>A network drawn by NetBuilder</source>
        <translation>由 NetBuilder 绘制的网络</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="148"/>
        <source>The network cannot be replaced right now.</source>
        <translation>现在无法替换网络。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="166"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="168"/>
        <source>&amp;ONNX…</source>
        <translation>ONNX(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="169"/>
        <source>&amp;PyTorch code…</source>
        <translation>PyTorch 代码(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="170"/>
        <source>&amp;Keras code…</source>
        <translation>Keras 代码(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="172"/>
        <source>Canvas as P&amp;NG…</source>
        <translation>画布导出为 PNG(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="173"/>
        <source>Canvas as &amp;SVG…</source>
        <translation>画布导出为 SVG(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="174"/>
        <source>&amp;Copy canvas image</source>
        <translation>复制画布图像(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="176"/>
        <source>Run as &amp;Animation…</source>
        <translation>训练过程动画(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="177"/>
        <source>The decision boundary and the loss curve of the recorded run, moment by moment, as an animated GIF for slides</source>
        <translation>把记录下的训练过程（决策边界和损失曲线）逐个时刻做成 GIF 动画，用于幻灯片</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="179"/>
        <source>&amp;Import ONNX…</source>
        <translation>导入 ONNX(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="229"/>
        <source>%1

The network is still open; nothing was lost.</source>
        <translation>%1

网络仍处于打开状态；没有丢失任何内容。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="235"/>
        <source>Exported %1.</source>
        <translation>已导出 %1。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="240"/>
        <source>Export as ONNX</source>
        <translation>导出为 ONNX</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="241"/>
        <source>Export as PyTorch code</source>
        <translation>导出为 PyTorch 代码</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="242"/>
        <source>Export as Keras code</source>
        <translation>导出为 Keras 代码</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="250"/>
        <location filename="../../netbuilder/ui/export_actions.py" line="267"/>
        <location filename="../../netbuilder/ui/export_actions.py" line="280"/>
        <location filename="../../netbuilder/ui/export_actions.py" line="313"/>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="257"/>
        <source>Export canvas as PNG</source>
        <translation>将画布导出为 PNG</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="258"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="260"/>
        <source>Export canvas as SVG</source>
        <translation>将画布导出为 SVG</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="261"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="281"/>
        <source>There is no recorded run to animate: train the network in the window first (every run is recorded).</source>
        <translation>没有可做成动画的记录：请先在窗口中训练网络（每次训练都会被记录）。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="285"/>
        <source>MP4 videos (*.mp4)</source>
        <translation>MP4 视频 (*.mp4)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="290"/>
        <location filename="../../netbuilder/ui/export_actions.py" line="297"/>
        <source>Export run as animation</source>
        <translation>导出训练过程动画</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="284"/>
        <source>GIF animations (*.gif)</source>
        <translation>GIF 动画 (*.gif)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="294"/>
        <source>Drawing the run&apos;s moments…</source>
        <translation>正在绘制训练过程的各个时刻…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="294"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="304"/>
        <source>Drawing frame %1 of %2…</source>
        <translation>正在绘制第 %1 / %2 帧…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="317"/>
        <source>Animation cancelled: nothing was written.</source>
        <translation>动画已取消：未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="328"/>
        <source>Canvas image copied.</source>
        <translation>已复制画布图像。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="332"/>
        <source>Import ONNX model</source>
        <translation>导入 ONNX 模型</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="334"/>
        <source>ONNX models (*.onnx);;All files (*)</source>
        <translation>ONNX 模型 (*.onnx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="340"/>
        <source>Cannot import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="344"/>
        <source>Imported %1. Save it to keep it.</source>
        <translation>已导入 %1。请保存以保留它。</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <location filename="../../netbuilder/ui/guide.py" line="21"/>
        <source>Open an example</source>
        <translation>打开一个示例</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/guide.py" line="22"/>
        <source>File → Examples → XOR opens a small network that learns XOR. File → New offers the same networks and an empty canvas; File → Open reads a .nbn file of your own.</source>
        <translation>文件 → 示例 → XOR 打开一个学习 XOR 的小型网络。文件 → 新建提供同样的网络和一张空白画布；文件 → 打开读取你自己的 .nbn 文件。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/guide.py" line="24"/>
        <source>Read the network</source>
        <translation>读懂网络</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/guide.py" line="25"/>
        <source>Inputs are on the left, the output on the right. Blue edges are positive weights, orange ones negative, and a thicker edge is a larger weight; the small “b” tag on a neuron is its bias. Double-click a neuron or an edge to type a bias or a weight.</source>
        <translation>输入在左边，输出在右边。蓝色的边是正权重，橙色的是负权重，边越粗权重越大；神经元上的小“b”标签是它的偏置。双击神经元或边，可以输入偏置或权重。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/guide.py" line="28"/>
        <source>Choose the data</source>
        <translation>选择数据</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/guide.py" line="29"/>
        <source>The Data panel below the canvas (Data → Choose Dataset…) shows what the network learns from: pick a built-in set such as circles or the spiral, import a CSV file, or click on the plane to draw your own points.</source>
        <translation>画布下方的数据面板（数据 → 选择数据集…）显示网络从什么中学习：选一个内置数据集，例如环形或螺旋，导入 CSV 文件，或者在平面上点击画出你自己的点。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/guide.py" line="32"/>
        <source>Train and watch</source>
        <translation>训练并观察</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/guide.py" line="33"/>
        <source>In the Training panel on the left, press Start (Ctrl+T). Choose a Speed such as “10 epochs a second” to watch the network learn; Pause, Step (one mini-batch) and Stop act at once, and Epochs ∞ trains until you stop it. The learning rate can change while it runs.</source>
        <translation>在左边的训练面板中按“开始”（Ctrl+T）。选择一个速度，例如“每秒 10 轮”，就能看着网络学习；“暂停”“单步”（一个小批量）和“停止”立即生效，轮次选 ∞ 则一直训练到你停止为止。学习率可以在训练进行时修改。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/guide.py" line="37"/>
        <source>Read the panels</source>
        <translation>读懂各个面板</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/guide.py" line="38"/>
        <source>Loss shows the loss falling epoch by epoch, Decision boundary how the network separates the classes, Metrics the confusion matrix (or R²) of the training and test data. View → Panels brings back a panel you closed.</source>
        <translation>损失面板显示损失一轮一轮地下降，决策边界显示网络如何把各类分开，指标显示训练数据和测试数据的混淆矩阵（或 R²）。视图 → 面板可以找回关掉的面板。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/guide.py" line="41"/>
        <source>Follow one step by hand</source>
        <translation>亲手跟一步</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/guide.py" line="42"/>
        <source>View → Walkthrough (F6) goes through one training step value by value: the forward pass, the loss, backpropagation with the chain rule, and the update of every weight. Apply update puts the new weights into the network.</source>
        <translation>视图 → 逐步讲解（F6）逐个数值地走完一个训练步：前向传播、损失、用链式法则的反向传播，以及每个权重的更新。“应用更新”把新的权重放进网络。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/guide.py" line="45"/>
        <source>Build your own</source>
        <translation>搭建你自己的网络</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/guide.py" line="46"/>
        <source>Drag Input, Dense and Output layers from the Palette onto the canvas, then drag from a layer&apos;s port (the small arrow) to the next layer to connect them. The Inspector edits what is selected: size, activation, bias. Ctrl+Z undoes any edit.</source>
        <translation>从组件面板把输入层、全连接层和输出层拖到画布上，再从一层的端口（小箭头）拖到下一层，把它们连起来。属性面板编辑选中的内容：大小、激活函数、偏置。Ctrl+Z 可以撤销任何编辑。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/guide.py" line="49"/>
        <source>Save and present</source>
        <translation>保存与演示</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/guide.py" line="50"/>
        <source>File → Save (Ctrl+S) writes the network with its training history. In class, F5 switches to presentation mode: larger text and every value on the canvas.</source>
        <translation>文件 → 保存（Ctrl+S）把网络连同它的训练历史一起写入文件。上课时按 F5 切换到演示模式：文字更大，画布上显示每一个数值。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/guide.py" line="57"/>
        <source>Getting started with NetBuilder</source>
        <translation>NetBuilder 入门</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/guide.py" line="58"/>
        <source>Eight steps from opening a network to understanding how it learns.</source>
        <translation>从打开一个网络到理解它如何学习，共八步。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/guide.py" line="72"/>
        <source>Getting started</source>
        <translation>入门</translation>
    </message>
</context>
<context>
    <name>Initializers</name>
    <message>
        <location filename="../../netbuilder/model/catalog.py" line="221"/>
        <source>Zeros</source>
        <translation>全零</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/catalog.py" line="222"/>
        <source>Ones</source>
        <translation>全一</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/catalog.py" line="223"/>
        <source>Constant</source>
        <translation>常数</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/catalog.py" line="226"/>
        <source>Uniform</source>
        <translation>均匀分布</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/catalog.py" line="232"/>
        <source>Normal</source>
        <translation>正态分布</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/catalog.py" line="236"/>
        <source>Glorot (Xavier) uniform</source>
        <translation>Glorot（Xavier）均匀分布</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/catalog.py" line="238"/>
        <source>Glorot (Xavier) normal</source>
        <translation>Glorot（Xavier）正态分布</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/catalog.py" line="239"/>
        <source>He uniform</source>
        <translation>He 均匀分布</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/catalog.py" line="240"/>
        <source>He normal</source>
        <translation>He 正态分布</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="81"/>
        <location filename="../../netbuilder/ui/inspector.py" line="145"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="84"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="89"/>
        <source>Loss</source>
        <translation>损失函数</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="91"/>
        <source>float64 (exact, default)</source>
        <translation>float64（精确，默认）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="92"/>
        <source>float32 (faster on big data)</source>
        <translation>float32（大数据时更快）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="94"/>
        <source>Numbers</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="98"/>
        <source>Select a layer or a connection on the canvas to see its settings.</source>
        <translation>在画布上选择一个层或一条连接以查看其设置。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="111"/>
        <source>%1 layers, %2 connections, %3 parameters</source>
        <translation>%1 个层，%2 条连接，%3 个参数</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="118"/>
        <source>Rename network</source>
        <translation>重命名网络</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="123"/>
        <source>Edit description</source>
        <translation>编辑描述</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="128"/>
        <source>Set loss to %1</source>
        <translation>将损失函数设为 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="133"/>
        <source>Compute in %1</source>
        <translation>以 %1 计算</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="147"/>
        <location filename="../../netbuilder/ui/inspector.py" line="221"/>
        <source>Input</source>
        <translation>输入层</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="148"/>
        <source>Hidden</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="149"/>
        <location filename="../../netbuilder/ui/inspector.py" line="176"/>
        <source>Output</source>
        <translation>输出层</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="152"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="154"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="159"/>
        <location filename="../../netbuilder/ui/inspector.py" line="223"/>
        <source>Neurons</source>
        <translation>神经元</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="163"/>
        <location filename="../../netbuilder/ui/inspector.py" line="225"/>
        <source>Kernel size</source>
        <translation>卷积核大小</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="166"/>
        <source>Strides</source>
        <translation>步幅</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="169"/>
        <source>valid (whole windows only)</source>
        <translation>valid（只用完整的窗口）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="170"/>
        <source>same (pad to keep the size)</source>
        <translation>same（填充以保持大小）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="173"/>
        <source>Padding</source>
        <translation>填充</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="180"/>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="189"/>
        <source>Add a bias to each neuron</source>
        <translation>为每个神经元添加偏置</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="192"/>
        <source>Bias</source>
        <translation>偏置</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="198"/>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="201"/>
        <source>Initial weights</source>
        <translation>初始权重</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="203"/>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="204"/>
        <source>Draw new incoming weights</source>
        <translation>重新抽取输入权重</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="207"/>
        <source>Biases (double-click a value to edit)</source>
        <translation>偏置（双击数值以编辑）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="222"/>
        <source>Filters</source>
        <translation>卷积核数</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="226"/>
        <source>Pool size</source>
        <translation>池化窗口大小</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="251"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="285"/>
        <source>Another layer is already called “%1”.</source>
        <translation>已有另一个层叫“%1”。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="307"/>
        <source>Draw new weights into “%1”</source>
        <translation>为“%1”重新抽取输入权重</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="340"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="351"/>
        <source>Draw new weights</source>
        <translation>重新抽取权重</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="353"/>
        <source>Delete connection</source>
        <translation>删除连接</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="374"/>
        <source>%1 × %2 weights: row = neuron of “%3”, column = neuron of “%4”.</source>
        <translation>%1 × %2 个权重：行 = “%3”的神经元，列 = “%4”的神经元。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="376"/>
        <source>%1 edges removed (in brackets).</source>
        <translation>已移除 %1 条边（显示在括号中）。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="392"/>
        <source>Edge from neuron %1 of “%2” to neuron %3 of “%4”</source>
        <translation>从“%2”的神经元 %1 到“%4”的神经元 %3 的边</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="395"/>
        <source>Remove this edge</source>
        <translation>移除这条边</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="395"/>
        <source>Restore this edge</source>
        <translation>恢复这条边</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="404"/>
        <source>No weights: “%1” pools or flattens what “%2” gives.</source>
        <translation>没有权重：“%1”对“%2”的输出做池化或展平。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="410"/>
        <source>%1 filters, each %2×%3 over %4 channels: row = kernel position (row, column, channel), column = filter.</source>
        <translation>%1 个卷积核，每个 %2×%3，覆盖 %4 个通道：行 = 卷积核中的位置（行、列、通道），列 = 卷积核。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="418"/>
        <source>filter %1</source>
        <translation>卷积核 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="429"/>
        <source>“%1” is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="517"/>
        <source>%1 items selected. Delete removes them; Ctrl+C copies the layers.</source>
        <translation>已选择 %1 项。Delete 删除它们；Ctrl+C 复制其中的层。</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../netbuilder/ui/language_menu.py" line="24"/>
        <source>System default (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/language_menu.py" line="32"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/language_menu.py" line="67"/>
        <source>NetBuilder is shown in %1.</source>
        <translation>NetBuilder 正以%1显示。</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <location filename="../../netbuilder/lessons/goals.py" line="86"/>
        <source>Accuracy at least %1</source>
        <translation>准确率至少 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/goals.py" line="89"/>
        <source>Loss (%2) at most %1</source>
        <translation>损失（%2）至多 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/goals.py" line="90"/>
        <source>Loss at most %1</source>
        <translation>损失至多 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/goals.py" line="92"/>
        <source>Hidden neurons</source>
        <translation>隐藏层神经元</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/goals.py" line="93"/>
        <source>Hidden layers</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/goals.py" line="94"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/goals.py" line="96"/>
        <source>%1: from %2 to %3</source>
        <translation>%1：%2 到 %3</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/goals.py" line="98"/>
        <source>%1: at most %2</source>
        <translation>%1：至多 %2</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/goals.py" line="99"/>
        <source>%1: at least %2</source>
        <translation>%1：至少 %2</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/goals.py" line="103"/>
        <source>For the input (%1) the output is %2 (± %3)</source>
        <translation>输入 (%1) 时输出为 %2（± %3）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/goals.py" line="105"/>
        <source>The right outputs for %1 inputs (± %2)</source>
        <translation>%1 个输入都得到正确输出（± %2）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/goals.py" line="107"/>
        <source>Weight %1 is %2 (± %3)</source>
        <translation>权重 %1 为 %2（± %3）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/goals.py" line="110"/>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="134"/>
        <source>Solved by hand, without training</source>
        <translation>手算完成，不经训练</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/goals.py" line="112"/>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="135"/>
        <source>The walkthrough stepped to its last step</source>
        <translation>逐步讲解走到了最后一步</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/goals.py" line="204"/>
        <source>there is no data to measure on</source>
        <translation>没有可用于测量的数据</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/goals.py" line="240"/>
        <source>cannot be measured: %1</source>
        <translation>无法测量：%1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/goals.py" line="250"/>
        <source>the data is not for classification, so there is no accuracy</source>
        <translation>这些数据不是分类数据，所以没有准确率</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/goals.py" line="252"/>
        <source>%1 on the test data</source>
        <translation>测试数据上为 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/goals.py" line="253"/>
        <source>%1 on the training data</source>
        <translation>训练数据上为 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/goals.py" line="271"/>
        <source>the network gives %1 outputs, the goal expects %2</source>
        <translation>网络给出 %1 个输出，目标需要 %2 个</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/goals.py" line="276"/>
        <source>the output is %1</source>
        <translation>输出为 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/goals.py" line="277"/>
        <source>%1 of %2 right</source>
        <translation>%2 个中对了 %1 个</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/goals.py" line="282"/>
        <source>the network has no weight %1</source>
        <translation>网络中没有权重 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/goals.py" line="285"/>
        <source>%1 is %2</source>
        <translation>%1 为 %2</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/goals.py" line="289"/>
        <source>no training run</source>
        <translation>没有训练过</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/goals.py" line="290"/>
        <source>the network was trained (%1 runs): undo the training or reset the lesson, then type the values</source>
        <translation>网络已经训练过（%1 次）：撤销训练或重置本课，然后手动输入数值</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/goals.py" line="294"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/goals.py" line="294"/>
        <source>not yet (F6 opens it)</source>
        <translation>尚未完成（按 F6 打开）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="29"/>
        <source>layers, connections and single edges (adding or removing them)</source>
        <translation>层、连接和单条边（添加或删除）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="30"/>
        <source>the number of neurons of a layer</source>
        <translation>层的神经元数</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="31"/>
        <source>the activation functions</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="32"/>
        <source>dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="33"/>
        <source>weights and biases</source>
        <translation>权重和偏置</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="34"/>
        <source>the loss function</source>
        <translation>损失函数</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="35"/>
        <source>the optimizer and its settings</source>
        <translation>优化器及其设置</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="36"/>
        <source>the learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="37"/>
        <source>the batch size</source>
        <translation>批量大小</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="38"/>
        <source>the number of epochs</source>
        <translation>训练轮数</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="39"/>
        <source>the L1 and L2 penalties</source>
        <translation>L1 和 L2 正则化惩罚</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="40"/>
        <source>the validation split</source>
        <translation>验证集比例</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="41"/>
        <source>the seed and shuffling</source>
        <translation>随机种子和打乱顺序</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="42"/>
        <source>the stopping rules (target loss, early stopping)</source>
        <translation>停止规则（目标损失、早停）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="43"/>
        <source>the data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="48"/>
        <source>Palette</source>
        <translation>组件</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="49"/>
        <source>Inspector</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="50"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="51"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="52"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="53"/>
        <source>Gradient flow</source>
        <translation>梯度流</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="54"/>
        <source>Replay timeline</source>
        <translation>回放时间轴</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="55"/>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="56"/>
        <source>Activation function</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="57"/>
        <source>Decision boundary</source>
        <translation>决策边界</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="58"/>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="59"/>
        <source>Activations</source>
        <translation>激活值</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="60"/>
        <source>Filters</source>
        <translation>卷积核</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="61"/>
        <source>Feature maps</source>
        <translation>特征图</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="62"/>
        <source>Walkthrough</source>
        <translation>逐步讲解</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="129"/>
        <source>You may change only: %1.</source>
        <translation>你只能改变：%1。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="130"/>
        <source>Nothing can be changed in this lesson.</source>
        <translation>本课中什么都不能改变。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="132"/>
        <source>Locked: %1.</source>
        <translation>已锁定：%1。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="135"/>
        <source>At most %1 hidden neurons.</source>
        <translation>隐藏层神经元最多 %1 个。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="137"/>
        <source>At most %1 hidden layers.</source>
        <translation>隐藏层最多 %1 个。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="237"/>
        <source>Locked by the lesson: %1.</source>
        <translation>本课锁定了：%1。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="253"/>
        <source>The lesson allows at most %1 hidden neurons; this change would make %2.</source>
        <translation>本课最多允许 %1 个隐藏层神经元；这个改动会变成 %2 个。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="259"/>
        <source>The lesson allows at most %1 hidden layers; this change would make %2.</source>
        <translation>本课最多允许 %1 个隐藏层；这个改动会变成 %2 个。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="279"/>
        <source>Changed although the lesson locks it: %1.</source>
        <translation>改动了本课锁定的内容：%1。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="283"/>
        <source>%1 hidden neurons, more than the %2 the lesson allows.</source>
        <translation>%1 个隐藏层神经元，多于本课允许的 %2 个。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="287"/>
        <source>%1 hidden layers, more than the %2 the lesson allows.</source>
        <translation>%1 个隐藏层，多于本课允许的 %2 个。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/__init__.py" line="35"/>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/__init__.py" line="45"/>
        <source>&amp;Lessons…</source>
        <translation>课程(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/__init__.py" line="53"/>
        <source>Save as &amp;Lesson…</source>
        <translation>另存为课程(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/__init__.py" line="107"/>
        <source>Save lesson</source>
        <translation>保存课程</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/__init__.py" line="115"/>
        <source>Cannot save the lesson</source>
        <translation>无法保存课程</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/__init__.py" line="116"/>
        <source>The lesson “%1” could not be written.</source>
        <translation>无法写入课程“%1”。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/__init__.py" line="119"/>
        <source>Saved the lesson %1.</source>
        <translation>已保存课程 %1。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/controller.py" line="123"/>
        <source>Cannot open lesson</source>
        <translation>无法打开课程</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/controller.py" line="124"/>
        <source>“%1” could not be opened: it is not a lesson file NetBuilder can read, or it is damaged.</source>
        <translation>无法打开“%1”：它不是 NetBuilder 能读取的课程文件，或者已损坏。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/controller.py" line="145"/>
        <source>Lesson: %1</source>
        <translation>课程：%1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/controller.py" line="227"/>
        <source>The lesson “%1” is closed: the open network is not from it.</source>
        <translation>课程“%1”已关闭：打开的网络不属于这门课程。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="49"/>
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="65"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="76"/>
        <source>Open a Lesson &amp;File…</source>
        <translation>打开课程文件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="100"/>
        <source>Open lesson</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="112"/>
        <source>NetBuilder lessons (*.json)</source>
        <translation>NetBuilder 课程 (*.json)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="112"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="129"/>
        <source>Accuracy at least</source>
        <translation>准确率至少</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="130"/>
        <source>Loss at most</source>
        <translation>损失至多</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="131"/>
        <source>Hidden neurons at most</source>
        <translation>隐藏层神经元至多</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="132"/>
        <source>Hidden layers at least</source>
        <translation>隐藏层至少</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="133"/>
        <source>Parameters at most</source>
        <translation>参数至多</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="150"/>
        <source>Save as Lesson</source>
        <translation>另存为课程</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="161"/>
        <source>Short name (id)</source>
        <translation>简称（id）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="170"/>
        <source>Title (%1)</source>
        <translation>标题（%1）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="173"/>
        <source>What to do, in Markdown: **bold**, *italic*, lists with -</source>
        <translation>要做什么，用 Markdown 书写：**粗体**、*斜体*、用 - 开头的列表</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="176"/>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="177"/>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="183"/>
        <source>Lock the checked controls</source>
        <translation>锁定勾选的项目</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="184"/>
        <source>Leave only the checked controls editable</source>
        <translation>只允许修改勾选的项目</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="202"/>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="206"/>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="204"/>
        <source>At most this many hidden neurons</source>
        <translation>隐藏层神经元数上限</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="208"/>
        <source>At most this many hidden layers</source>
        <translation>隐藏层数上限</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="210"/>
        <source>Panels to hide (they stay in View → Panels)</source>
        <translation>要隐藏的面板（仍可在 视图 → 面板 中打开）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="220"/>
        <source>Controls</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="242"/>
        <source>Goals on outputs or a single weight can be written into the file (see docs/lessons.md).</source>
        <translation>关于输出或单个权重的目标可以直接写进文件（见 docs/lessons.md）。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="248"/>
        <location filename="../../netbuilder/ui/lessons/panel.py" line="51"/>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="265"/>
        <source>Give the lesson a title.</source>
        <translation>请给课程一个标题。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="268"/>
        <source>The short name may hold only lower-case letters, digits, - and _.</source>
        <translation>简称只能包含小写字母、数字、- 和 _。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="283"/>
        <source>Choose at least one goal.</source>
        <translation>请至少选择一个目标。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="298"/>
        <source>The starting network already meets every goal: the students would have nothing to do. Change a goal, or the network.</source>
        <translation>起始网络已经达到所有目标：学生将无事可做。请修改目标或网络。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/panel.py" line="77"/>
        <source>◀ Previous</source>
        <translation>◀ 上一课</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/panel.py" line="80"/>
        <source>Reset this lesson</source>
        <translation>重置本课</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/panel.py" line="82"/>
        <source>Start this lesson again from its network</source>
        <translation>从本课的起始网络重新开始</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/panel.py" line="84"/>
        <source>Next ▶</source>
        <translation>下一课 ▶</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/panel.py" line="92"/>
        <source>All lessons…</source>
        <translation>所有课程…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/panel.py" line="95"/>
        <source>Close lesson</source>
        <translation>关闭课程</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/panel.py" line="97"/>
        <source>Leave the lesson: the network stays, nothing is locked</source>
        <translation>离开课程：网络保留，不再锁定任何内容</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/panel.py" line="120"/>
        <source>No lesson open</source>
        <translation>没有打开的课程</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/panel.py" line="121"/>
        <source>Help → Lessons lists the lessons: each starts from a network, says what to do, and checks your goals as you work.</source>
        <translation>帮助 → 课程 列出所有课程：每门课从一个网络开始，说明要做什么，并在你操作时检查目标。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/panel.py" line="125"/>
        <source>Lesson %1 of %2</source>
        <translation>第 %1 课，共 %2 课</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/panel.py" line="126"/>
        <source>Lesson from a file</source>
        <translation>来自文件的课程</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/panel.py" line="146"/>
        <source>All goals met: well done! Go on with the next lesson.</source>
        <translation>所有目标都已达到：做得好！继续下一课吧。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/panel.py" line="147"/>
        <source>All goals met: well done!</source>
        <translation>所有目标都已达到：做得好！</translation>
    </message>
</context>
<context>
    <name>Losses</name>
    <message>
        <location filename="../../netbuilder/model/catalog.py" line="125"/>
        <source>Mean squared error</source>
        <translation>均方误差</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/catalog.py" line="131"/>
        <source>Half sum of squared errors</source>
        <translation>误差平方和的一半</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/catalog.py" line="137"/>
        <source>Mean absolute error</source>
        <translation>平均绝对误差</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/catalog.py" line="143"/>
        <source>Binary cross-entropy</source>
        <translation>二元交叉熵</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/catalog.py" line="149"/>
        <source>Categorical cross-entropy</source>
        <translation>分类交叉熵</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/catalog.py" line="155"/>
        <source>Hinge</source>
        <translation>合页损失</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../netbuilder/ui/app.py" line="163"/>
        <location filename="../../netbuilder/ui/main_window.py" line="571"/>
        <source>Cannot open file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/app.py" line="164"/>
        <location filename="../../netbuilder/ui/main_window.py" line="572"/>
        <source>“%1” could not be opened: it is not a network file NetBuilder can read, or it is damaged. The network on screen stays as it was.</source>
        <translation>无法打开“%1”：它不是 NetBuilder 能读取的网络文件，或者已经损坏。屏幕上的网络保持原样。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="193"/>
        <location filename="../../netbuilder/ui/main_window.py" line="245"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="58"/>
        <source>NetBuilder networks (*.nbn)</source>
        <translation>NetBuilder 网络 (*.nbn)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="58"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="66"/>
        <source>New network</source>
        <translation>新建网络</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="68"/>
        <source>Start from:</source>
        <translation>从以下开始：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="93"/>
        <source>An empty canvas.</source>
        <translation>空白画布。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="173"/>
        <source>Palette</source>
        <translation>组件</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="178"/>
        <source>Inspector</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="200"/>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="201"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="202"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="203"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="205"/>
        <source>Save Run &amp;Recordings (up to %1)</source>
        <translation>保存训练记录(&amp;R)（最多 %1）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="208"/>
        <source>Save and Save As also write each run&apos;s recording, so the timeline can replay it when the file is opened again</source>
        <translation>“保存”和“另存为”也写入每次训练的记录，再次打开文件时时间轴可以回放</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="211"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="212"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="215"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="218"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="219"/>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="220"/>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="221"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="223"/>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="224"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="226"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="228"/>
        <source>&amp;Fit to Window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="230"/>
        <source>&amp;Arrange Layers</source>
        <translation>排列各层(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="232"/>
        <source>Show &amp;Weight Values</source>
        <translation>显示权重数值(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="234"/>
        <source>Show &amp;Legend</source>
        <translation>显示图例(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="237"/>
        <source>&amp;Presentation Mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="239"/>
        <source>&amp;About NetBuilder</source>
        <translation>关于 NetBuilder(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="240"/>
        <source>&amp;Getting Started</source>
        <translation>入门(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="248"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="250"/>
        <source>E&amp;xamples</source>
        <translation>示例(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="264"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="268"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="271"/>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="275"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="280"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="315"/>
        <source>&amp;Train</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="317"/>
        <source>&amp;Start training</source>
        <translation>开始训练(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="319"/>
        <source>&amp;Pause / resume</source>
        <translation>暂停 / 继续(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="321"/>
        <source>Train one &amp;step</source>
        <translation>训练一步(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="323"/>
        <source>S&amp;top training</source>
        <translation>停止训练(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="325"/>
        <source>&amp;Reset weights</source>
        <translation>重置权重(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="473"/>
        <source>Select layers, connections or edges to delete.</source>
        <translation>请选择要删除的层、连接或边。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="480"/>
        <source>%1 (not saved yet)</source>
        <translation>%1（尚未保存）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="490"/>
        <source>Edit bias</source>
        <translation>编辑偏置</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="491"/>
        <source>Bias of neuron %1 of “%2”:</source>
        <translation>“%2”的神经元 %1 的偏置：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="499"/>
        <source>Edit weight</source>
        <translation>编辑权重</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="500"/>
        <source>Weight %1:</source>
        <translation>权重 %1：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="511"/>
        <source>Details: %1</source>
        <translation>详细信息：%1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="520"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="521"/>
        <source>“%1” has changes that are not saved.</source>
        <translation>“%1”有尚未保存的更改。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="522"/>
        <source>Save them before going on?</source>
        <translation>继续之前要保存吗？</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="560"/>
        <source>Open network</source>
        <translation>打开网络</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="580"/>
        <source>Opened %1.</source>
        <translation>已打开 %1。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="590"/>
        <source>Cannot open example</source>
        <translation>无法打开示例</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="591"/>
        <source>The example “%1” could not be opened.</source>
        <translation>无法打开示例“%1”。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="604"/>
        <source>Save network</source>
        <translation>保存网络</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="616"/>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="617"/>
        <source>“%1” could not be saved. The network is still open; nothing was lost.</source>
        <translation>无法保存“%1”。网络仍然打开着，没有丢失任何内容。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="622"/>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="629"/>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="643"/>
        <source>Recover unsaved work?</source>
        <translation>恢复未保存的工作？</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="644"/>
        <source>NetBuilder did not close properly last time. Recover the unsaved network %1?</source>
        <translation>NetBuilder 上次没有正常关闭。要恢复未保存的网络 %1 吗？</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="656"/>
        <source>Cannot recover</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="657"/>
        <source>The autosaved network could not be read.</source>
        <translation>无法读取自动保存的网络。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="663"/>
        <source>Recovered. Save it to keep it.</source>
        <translation>已恢复。请保存以保留它。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="741"/>
        <source>About NetBuilder</source>
        <translation>关于 NetBuilder</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="742"/>
        <source>NetBuilder %1

Build, train and understand neural networks.</source>
        <translation>NetBuilder %1

构建、训练并理解神经网络。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/install.py" line="18"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/insight.py" line="388"/>
        <source>Show Neuron &amp;Outputs</source>
        <translation>显示神经元输出(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/insight.py" line="392"/>
        <source>For networks with two inputs: each neuron shows what it computes over the input plane, live while training</source>
        <translation>适用于有两个输入的网络：每个神经元显示它在输入平面上算出的结果，训练时实时更新</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/insight.py" line="394"/>
        <source>Show Layer &amp;Health</source>
        <translation>显示层的健康状况(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/insight.py" line="398"/>
        <source>Badges under the hidden layers: saturated and dead neurons, with what to try</source>
        <translation>隐藏层下方的标记：饱和与死亡的神经元，以及可以尝试的办法</translation>
    </message>
</context>
<context>
    <name>Optimizers</name>
    <message>
        <location filename="../../netbuilder/model/catalog.py" line="178"/>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/catalog.py" line="189"/>
        <source>Adagrad</source>
        <translation>Adagrad</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/catalog.py" line="198"/>
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/catalog.py" line="209"/>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <location filename="../../netbuilder/ui/palette.py" line="25"/>
        <source>Input layer</source>
        <translation>输入层</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/palette.py" line="25"/>
        <source>Where the data enters: one neuron per input feature.</source>
        <translation>数据进入的地方：每个输入特征一个神经元。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/palette.py" line="26"/>
        <source>Dense layer</source>
        <translation>全连接层</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/palette.py" line="26"/>
        <source>A hidden layer: every neuron takes a weighted sum of all its inputs.</source>
        <translation>隐藏层：每个神经元对其所有输入求加权和。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/palette.py" line="27"/>
        <source>Neuron</source>
        <translation>神经元</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/palette.py" line="27"/>
        <source>One neuron. Drop it on a layer to add a neuron to it, or on empty canvas for a layer of one.</source>
        <translation>一个神经元。放到某一层上可为该层添加一个神经元，放到空白画布上则得到只有一个神经元的层。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/palette.py" line="28"/>
        <source>Output layer</source>
        <translation>输出层</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/palette.py" line="28"/>
        <source>The prediction: one neuron per target (or per class).</source>
        <translation>预测结果：每个目标（或每个类别）一个神经元。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/palette.py" line="29"/>
        <source>Conv2D</source>
        <translation>Conv2D 卷积层</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/palette.py" line="29"/>
        <source>A convolution: small filters slide over an image and each makes a feature map.</source>
        <translation>卷积：小的卷积核在图像上滑动，每个卷积核生成一张特征图。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/palette.py" line="30"/>
        <source>MaxPooling2D</source>
        <translation>MaxPooling2D 最大池化</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/palette.py" line="30"/>
        <source>Keeps the largest value of each window: a smaller image that still shows where features are.</source>
        <translation>保留每个窗口中的最大值：图像变小，但仍显示特征的位置。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/palette.py" line="31"/>
        <source>AveragePooling2D</source>
        <translation>AveragePooling2D 平均池化</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/palette.py" line="31"/>
        <source>Keeps the mean of each window: a smaller, smoother image.</source>
        <translation>保留每个窗口的平均值：更小、更平滑的图像。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/palette.py" line="32"/>
        <source>Flatten</source>
        <translation>Flatten 展平</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/palette.py" line="32"/>
        <source>Turns an image into one long vector, the bridge from convolutions to dense layers.</source>
        <translation>把图像变成一个长向量，是从卷积层通往全连接层的桥梁。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/palette.py" line="36"/>
        <source>Drop on a layer to use %1: %2</source>
        <translation>放到某一层上以使用 %1：%2</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/palette.py" line="59"/>
        <source>Activations</source>
        <translation>激活函数</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <location filename="../../netbuilder/ui/panels/install.py" line="29"/>
        <location filename="../../netbuilder/ui/panels/loss.py" line="121"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/install.py" line="30"/>
        <source>Gradient flow</source>
        <translation>梯度流</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/install.py" line="31"/>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/install.py" line="32"/>
        <source>Activation function</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/install.py" line="33"/>
        <source>Decision boundary</source>
        <translation>决策边界</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/install.py" line="34"/>
        <location filename="../../netbuilder/ui/panels/weights.py" line="43"/>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/install.py" line="35"/>
        <source>Activations</source>
        <translation>激活值</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/install.py" line="36"/>
        <source>Filters</source>
        <translation>卷积核</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/install.py" line="37"/>
        <source>Feature maps</source>
        <translation>特征图</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/activation_plot.py" line="38"/>
        <source>α: the slope (Leaky ReLU, PReLU) or the saturation value (ELU) for z &lt; 0</source>
        <translation>α：z &lt; 0 时的斜率（Leaky ReLU、PReLU）或饱和值（ELU）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/activation_plot.py" line="39"/>
        <source>β: the sharpness of Swish</source>
        <translation>β：Swish 的陡峭程度</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/activations.py" line="88"/>
        <source>%1 samples × %2 neurons</source>
        <translation>%1 个样本 × %2 个神经元</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/activations.py" line="90"/>
        <source>exactly 0: %1</source>
        <translation>恰好为 0：%1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/activations.py" line="92"/>
        <source>dead neurons: %1 of %2</source>
        <translation>死亡神经元：%1 / %2</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/activations.py" line="94"/>
        <source>saturated: %1</source>
        <translation>饱和：%1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/activations.py" line="104"/>
        <source>Outputs of each layer on a fixed batch of samples</source>
        <translation>各层在一组固定样本上的输出</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/activations.py" line="112"/>
        <source>The histograms appear when the network is trained or has data.</source>
        <translation>网络经过训练或有数据后，这里会显示直方图。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/base.py" line="241"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/base.py" line="242"/>
        <source>Save this plot as a PNG image or an SVG drawing</source>
        <translation>将此图保存为 PNG 图像或 SVG 矢量图</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/base.py" line="246"/>
        <source>Save as PNG image…</source>
        <translation>保存为 PNG 图像…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/base.py" line="247"/>
        <source>Save as SVG drawing…</source>
        <translation>保存为 SVG 矢量图…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/base.py" line="351"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/base.py" line="351"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/base.py" line="353"/>
        <source>Export plot</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/boundary.py" line="79"/>
        <source>neuron %1 of %2</source>
        <translation>%2 的神经元 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/boundary.py" line="129"/>
        <location filename="../../netbuilder/ui/panels/boundary.py" line="140"/>
        <source>training data</source>
        <translation>训练数据</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/boundary.py" line="130"/>
        <location filename="../../netbuilder/ui/panels/boundary.py" line="141"/>
        <location filename="../../netbuilder/ui/panels/boundary.py" line="315"/>
        <source>test data</source>
        <translation>测试数据</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/boundary.py" line="150"/>
        <source>The decision boundary is drawn for networks with two inputs (two input columns in the data), such as XOR or the spiral.</source>
        <translation>决策边界只针对有两个输入（数据中有两个输入列）的网络绘制，例如 XOR 或螺旋。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/boundary.py" line="339"/>
        <source>Colour: the network&apos;s output (probability of class 1); white is %1</source>
        <translation>颜色：网络的输出（类别 1 的概率）；白色为 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/boundary.py" line="342"/>
        <source>Colour: the class the network chooses, paler where it is less sure</source>
        <translation>颜色：网络选择的类别，越不确定颜色越浅</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/boundary.py" line="343"/>
        <source>Colour: the network&apos;s output value</source>
        <translation>颜色：网络的输出值</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/gradient_flow.py" line="67"/>
        <source>‖dL/dW‖: gradient of the weights</source>
        <translation>‖dL/dW‖：权重的梯度</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/gradient_flow.py" line="68"/>
        <source>σ of the weights</source>
        <translation>权重的 σ（标准差）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/gradient_flow.py" line="69"/>
        <source>σ of the outputs</source>
        <translation>输出的 σ（标准差）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/gradient_flow.py" line="89"/>
        <source>No gradient reaches the last layer: every weight stays as it is.</source>
        <translation>没有梯度到达最后一层：每个权重都保持不变。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/gradient_flow.py" line="92"/>
        <source>The first layer&apos;s gradient is %1 of the last&apos;s: it vanishes on its way back, so the first layers learn slowly (vanishing gradient).</source>
        <translation>第一层的梯度只有最后一层的 %1：它在反向传回的路上逐渐消失，所以前面的层学得很慢（梯度消失）。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/gradient_flow.py" line="96"/>
        <source>The first layer&apos;s gradient is %1 the last&apos;s: it grows on its way back (exploding gradient); a lower learning rate helps.</source>
        <translation>第一层的梯度是最后一层的 %1：它在反向传回的路上不断变大（梯度爆炸）；降低学习率会有帮助。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/gradient_flow.py" line="98"/>
        <source>The gradient reaches every layer: the first layer&apos;s is %1 times the last&apos;s.</source>
        <translation>梯度能到达每一层：第一层的梯度是最后一层的 %1 倍。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/gradient_flow.py" line="157"/>
        <source>What to draw for each layer: the norm of its weights&apos; gradient, or the spread of its weights or of its outputs</source>
        <translation>每一层画什么：其权重梯度的范数，或其权重、输出的离散程度（标准差）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/gradient_flow.py" line="161"/>
        <location filename="../../netbuilder/ui/panels/loss.py" line="91"/>
        <source>Log scale</source>
        <translation>对数坐标</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/gradient_flow.py" line="162"/>
        <source>A logarithmic scale: a layer whose gradient is 100 times smaller is drawn two steps lower, not flat on zero</source>
        <translation>对数坐标：梯度小 100 倍的层画低两格，而不是贴在零上</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/gradient_flow.py" line="333"/>
        <source>No layer with weights yet.</source>
        <translation>还没有带权重的层。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/gradient_flow.py" line="338"/>
        <source>Train the network to see how strongly each layer learns: one line per layer.</source>
        <translation>训练网络，看看每一层学得有多快：每层一条线。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/gradient_flow.py" line="345"/>
        <source>At the start of the run: %1.</source>
        <translation>这次训练开始时：%1。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/gradient_flow.py" line="349"/>
        <source>‖dL/dW‖ of the layer: %1</source>
        <translation>该层的 ‖dL/dW‖：%1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/loss.py" line="92"/>
        <source>Show the loss on a logarithmic scale: small losses stay visible</source>
        <translation>以对数坐标显示损失：很小的损失也能看清</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/loss.py" line="95"/>
        <source>Compare runs</source>
        <translation>比较各次运行</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/loss.py" line="96"/>
        <source>Show earlier runs of this network behind the current one</source>
        <translation>在当前运行后面显示这个网络之前的运行</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/loss.py" line="101"/>
        <source>smoothing </source>
        <translation>平滑 </translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/loss.py" line="106"/>
        <source>How strongly the batch loss is smoothed (0 = not at all)</source>
        <translation>批量损失的平滑程度（0 = 不平滑）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/gradient_flow.py" line="174"/>
        <location filename="../../netbuilder/ui/panels/loss.py" line="118"/>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/loss.py" line="129"/>
        <source>training loss (epoch)</source>
        <translation>训练损失（每轮）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/loss.py" line="131"/>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/loss.py" line="265"/>
        <source>Training: %1</source>
        <translation>训练：%1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/loss.py" line="313"/>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/loss.py" line="313"/>
        <source>R² (1 is perfect)</source>
        <translation>R²（1 为完美）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/loss.py" line="341"/>
        <source>%1 epochs, loss %2</source>
        <translation>%1 轮，损失 %2</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/loss.py" line="354"/>
        <source>epoch %1, step %2/%3</source>
        <translation>第 %1 轮，第 %2/%3 步</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/loss.py" line="357"/>
        <location filename="../../netbuilder/ui/panels/metrics.py" line="256"/>
        <source>loss %1</source>
        <translation>损失 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/loss.py" line="360"/>
        <source>validation loss %1</source>
        <translation>验证损失 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/loss.py" line="362"/>
        <location filename="../../netbuilder/ui/panels/metrics.py" line="252"/>
        <source>accuracy %1</source>
        <translation>准确率 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/loss.py" line="127"/>
        <location filename="../../netbuilder/ui/panels/loss.py" line="398"/>
        <source>batch loss</source>
        <translation>批量损失</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/loss.py" line="128"/>
        <location filename="../../netbuilder/ui/panels/loss.py" line="399"/>
        <source>batch loss, smoothed</source>
        <translation>批量损失（平滑）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/loss.py" line="130"/>
        <location filename="../../netbuilder/ui/panels/loss.py" line="400"/>
        <source>validation loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/loss.py" line="132"/>
        <location filename="../../netbuilder/ui/panels/loss.py" line="401"/>
        <source>validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/loss.py" line="452"/>
        <source>run %1: %2</source>
        <translation>第 %1 次运行：%2</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/metrics.py" line="29"/>
        <source>Training data</source>
        <translation>训练数据</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/metrics.py" line="30"/>
        <source>Test data</source>
        <translation>测试数据</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/metrics.py" line="31"/>
        <source>Validation data</source>
        <translation>验证数据</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/metrics.py" line="48"/>
        <source>true class</source>
        <translation>真实类别</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/metrics.py" line="49"/>
        <source>predicted class</source>
        <translation>预测类别</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/metrics.py" line="93"/>
        <source>%1: accuracy %2 (%3 samples)</source>
        <translation>%1：准确率 %2（%3 个样本）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/metrics.py" line="113"/>
        <location filename="../../netbuilder/ui/panels/metrics.py" line="220"/>
        <source>R² is 1 for perfect predictions and 0 for always predicting the mean.</source>
        <translation>预测完全正确时 R² 为 1，始终预测平均值时为 0。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/metrics.py" line="139"/>
        <source>Train the network to see how well it does: a confusion matrix for classifiers, R² for regression.</source>
        <translation>训练网络以查看它的表现：分类器显示混淆矩阵，回归显示 R²。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/metrics.py" line="208"/>
        <source>Rows: true class · columns: the network&apos;s answer · colour: share of the row</source>
        <translation>行：真实类别 · 列：网络的回答 · 颜色：占该行的比例</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/metrics.py" line="212"/>
        <source>R² compares the errors with how much the targets vary.&lt;br&gt;With one sample (or equal targets) they do not vary,&lt;br&gt;so R² says nothing here: compare the prediction with the target.</source>
        <translation>R² 把误差与目标值的变化幅度相比较。&lt;br&gt;只有一个样本（或目标值都相同）时目标值没有变化，&lt;br&gt;所以这里 R² 没有意义：请直接比较预测值和目标值。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/metrics.py" line="277"/>
        <source>Sample %1: target y = %2&lt;br&gt;prediction ŷ = %3 (error %4)</source>
        <translation>样本 %1：目标 y = %2&lt;br&gt;预测 ŷ = %3（误差 %4）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/metrics.py" line="278"/>
        <source>Sample %1: target y = %2&lt;br&gt;prediction ŷ = %3 (RMS error %4)</source>
        <translation>样本 %1：目标 y = %2&lt;br&gt;预测 ŷ = %3（均方根误差 %4）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/metrics.py" line="216"/>
        <source>Regression: the network&apos;s prediction for each sample</source>
        <translation>回归：网络对每个样本的预测</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/metrics.py" line="225"/>
        <source>%1: R² = %2</source>
        <translation>%1：R² = %2</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/metrics.py" line="227"/>
        <source>Regression: coefficient of determination</source>
        <translation>回归：决定系数</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/metrics.py" line="231"/>
        <source>The last training run&apos;s result</source>
        <translation>上一次训练的结果</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/metrics.py" line="254"/>
        <source>R² %1</source>
        <translation>R² %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/metrics.py" line="257"/>
        <source>on the %1: %2</source>
        <translation>在%1上：%2</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/metrics.py" line="259"/>
        <source>The last training run (1 epoch) ended with:</source>
        <translation>上一次训练（1 轮）结束时：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/metrics.py" line="260"/>
        <source>The last training run (%1 epochs) ended with:</source>
        <translation>上一次训练（%1 轮）结束时：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/metrics.py" line="261"/>
        <source>Train it here to see the confusion matrices or R² as it learns.</source>
        <translation>在这里训练它，就能在学习过程中看到混淆矩阵或 R²。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/weights.py" line="37"/>
        <source>The connection whose weight matrix is shown</source>
        <translation>显示其权重矩阵的连接</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/weights.py" line="44"/>
        <source>Gradients (last step)</source>
        <translation>梯度（上一步）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/weights.py" line="45"/>
        <source>Show the weights, or dL/dw of the last training step</source>
        <translation>显示权重，或上一个训练步的 dL/dw</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/weights.py" line="181"/>
        <source>This network has no connections yet.</source>
        <translation>这个网络还没有连接。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/weights.py" line="183"/>
        <source>No gradients yet: they appear once training runs.</source>
        <translation>还没有梯度：开始训练后就会出现。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/weights.py" line="196"/>
        <source>row: neuron of %1</source>
        <translation>行：%1 的神经元</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/weights.py" line="197"/>
        <source>column: neuron of %1</source>
        <translation>列：%1 的神经元</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/weights.py" line="248"/>
        <source>weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/weights.py" line="248"/>
        <source>gradient</source>
        <translation>梯度</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/weights.py" line="249"/>
        <source>row %1, column %2: %3 %4</source>
        <translation>第 %1 行，第 %2 列：%3 %4</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/feature_maps.py" line="44"/>
        <source>Sample</source>
        <translation>样本</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/feature_maps.py" line="51"/>
        <source>Draw</source>
        <translation>手写</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/feature_maps.py" line="52"/>
        <source>Draw a digit with the mouse (right-click clears it); the network classifies it at once</source>
        <translation>用鼠标写一个数字（右键清除），网络会马上识别它</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/feature_maps.py" line="60"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/feature_maps.py" line="124"/>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/feature_maps.py" line="156"/>
        <source>Feature maps are drawn for networks that read images through Conv2D or pooling layers.</source>
        <translation>特征图只对用 Conv2D 或池化层读取图像的网络显示。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/feature_maps.py" line="172"/>
        <source>%1 more channels</source>
        <translation>还有 %1 个通道</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/feature_maps.py" line="174"/>
        <source>predicted class: %1 (%2)</source>
        <translation>预测类别：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/filters.py" line="38"/>
        <source>Convolution</source>
        <translation>卷积层</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/filters.py" line="41"/>
        <location filename="../../netbuilder/ui/panels/filters.py" line="141"/>
        <source>weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/filters.py" line="42"/>
        <source>gradients dL/dK</source>
        <translation>梯度 dL/dK</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/filters.py" line="133"/>
        <source>No convolution: add a Conv2D layer to see its filters.</source>
        <translation>没有卷积层：添加一个 Conv2D 层即可看到它的卷积核。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/filters.py" line="141"/>
        <source>gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/filters.py" line="143"/>
        <source>%1 filters of %2×%3 over 1 channel (%4, scale ±%5)</source>
        <translation>%1 个 %2×%3、覆盖 1 个通道的卷积核（%4，刻度 ±%5）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/filters.py" line="146"/>
        <source>%1 filters of %2×%3 over %4 channels (%5, scale ±%6)</source>
        <translation>%1 个 %2×%3、覆盖 %4 个通道的卷积核（%5，刻度 ±%6）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/filters.py" line="149"/>
        <source>the first %1 × %2 shown</source>
        <translation>只显示前 %1 × %2 个</translation>
    </message>
</context>
<context>
    <name>Replay</name>
    <message>
        <location filename="../../netbuilder/ui/replay.py" line="64"/>
        <location filename="../../netbuilder/ui/replay.py" line="146"/>
        <source>Play the run: the panels and the canvas show it moment by moment</source>
        <translation>回放训练：面板和画布逐个时刻显示它</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/replay.py" line="70"/>
        <source>Drag to see the network as it was at any moment of the run</source>
        <translation>拖动以查看网络在训练中任一时刻的样子</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/replay.py" line="77"/>
        <location filename="../../netbuilder/ui/replay.py" line="375"/>
        <source>Replay: epoch %1 · loss %2</source>
        <translation>回放：第 %1 轮 · 损失 %2</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/replay.py" line="83"/>
        <source>The recorded run to replay</source>
        <translation>要回放的训练记录</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/replay.py" line="88"/>
        <source>Restore This Moment</source>
        <translation>恢复此刻</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/replay.py" line="136"/>
        <source>Make the parameters of this moment the network&apos;s (Undo brings back the ones before)</source>
        <translation>让网络使用这一时刻的参数（撤销可恢复之前的参数）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/replay.py" line="95"/>
        <source>Back to Now</source>
        <translation>回到现在</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/replay.py" line="97"/>
        <source>Show the network as it is now</source>
        <translation>显示网络现在的样子</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/replay.py" line="139"/>
        <source>Restoring a moment would change them.</source>
        <translation>恢复此刻会改变它们。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/replay.py" line="145"/>
        <source>Pause the replay</source>
        <translation>暂停回放</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/replay.py" line="212"/>
        <source>run %1: %2</source>
        <translation>第 %1 次训练：%2</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/replay.py" line="302"/>
        <source>Restored the moment at epoch %1 (Undo brings back the parameters before).</source>
        <translation>已恢复第 %1 轮时的参数（撤销可恢复之前的参数）。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/replay.py" line="370"/>
        <source>Recording this run for replay…</source>
        <translation>正在记录本次训练以便回放…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/replay.py" line="377"/>
        <source>%1 moments: drag to replay</source>
        <translation>%1 个时刻：拖动以回放</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/replay.py" line="379"/>
        <source>Train to record a run for replay</source>
        <translation>训练一次即可记录并回放</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../netbuilder/ui/status.py" line="85"/>
        <source>%1 parameters</source>
        <translation>%1 个参数</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/status.py" line="94"/>
        <source>ready to train</source>
        <translation>可以训练</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/status.py" line="95"/>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/status.py" line="103"/>
        <source>(+%1 more)</source>
        <translation>（还有 %1 个）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/status.py" line="106"/>
        <source>Click to see every problem; choosing one selects the layers concerned.</source>
        <translation>单击查看所有问题；选择其中一个会选中相关的层。</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../../netbuilder/templates.py" line="172"/>
        <source>Empty network</source>
        <translation>空网络</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="173"/>
        <source>2-3-1 worked example</source>
        <translation>2-3-1 计算示例</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="174"/>
        <source>XOR (2-4-1)</source>
        <translation>XOR（2-4-1）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="175"/>
        <source>Perceptron (AND)</source>
        <translation>感知机（AND）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="177"/>
        <source>Perceptron (OR)</source>
        <translation>感知机（OR）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="178"/>
        <source>Perceptron (NOT)</source>
        <translation>感知机（NOT）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="180"/>
        <source>Perceptron fails on XOR</source>
        <translation>感知机无法学会 XOR</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="182"/>
        <source>MNIST MLP (784-128-64-10)</source>
        <translation>MNIST 多层感知机（784-128-64-10）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="183"/>
        <source>MNIST CNN (Conv 16 → Conv 32 → Dense)</source>
        <translation>MNIST 卷积神经网络（Conv 16 → Conv 32 → Dense）</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <location filename="../../netbuilder/ui/training/runner.py" line="32"/>
        <source>Train 1 epoch</source>
        <translation>训练 1 轮</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/runner.py" line="34"/>
        <source>Train %1 epochs</source>
        <translation>训练 %1 轮</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/runner.py" line="36"/>
        <source>Train 1 step</source>
        <translation>训练 1 步</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/runner.py" line="37"/>
        <source>Train %1 steps</source>
        <translation>训练 %1 步</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/runner.py" line="97"/>
        <source>The new setting takes effect at the next step.</source>
        <translation>新设置将在下一步生效。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/runner.py" line="120"/>
        <source>This network has no data to train on: choose a dataset in the Data panel (Data → Choose Dataset…), import a CSV file or draw your own points.</source>
        <translation>这个网络没有可用于训练的数据：请在数据面板中选择一个数据集（数据 → 选择数据集…），导入 CSV 文件，或者画出你自己的点。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/runner.py" line="123"/>
        <source>A single layer of step neurons learns with the perceptron rule, not by gradient descent: give the layer a sigmoid activation (Inspector) to train it here, or train it from the command line with “netbuilder train”.</source>
        <translation>单层阶跃神经元用感知机规则学习，而不是梯度下降：要在这里训练，请（在属性面板中）把这一层的激活函数改为 sigmoid，或者在命令行中用“netbuilder train”训练它。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/runner.py" line="137"/>
        <source>Training could not start: %1</source>
        <translation>训练无法开始：%1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/runner.py" line="150"/>
        <source>Training is running: stop it to edit the network.</source>
        <translation>训练正在进行：请先停止训练再编辑网络。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/runner.py" line="227"/>
        <source>On the %1 data: %2.</source>
        <translation>在 %1 数据上：%2。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/runner.py" line="235"/>
        <source>Training could not run: %1</source>
        <translation>训练无法运行：%1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="126"/>
        <location filename="../../netbuilder/ui/training/runner.py" line="247"/>
        <source>Reset weights</source>
        <translation>重置权重</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="183"/>
        <location filename="../../netbuilder/ui/training/runner.py" line="289"/>
        <source>full batch</source>
        <translation>全批量</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/runner.py" line="289"/>
        <source>batch %1</source>
        <translation>批量 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/runner.py" line="294"/>
        <source>Training ended: %1.</source>
        <translation>训练结束：%1。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="50"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="53"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="55"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="60"/>
        <source>none: choose one in the Data panel</source>
        <translation>无：请在数据面板中选择</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="81"/>
        <source>As fast as possible</source>
        <translation>尽可能快</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="83"/>
        <source>1 epoch a second</source>
        <translation>每秒 1 轮</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="84"/>
        <source>%1 epochs a second</source>
        <translation>每秒 %1 轮</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="113"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="115"/>
        <source>Data:</source>
        <translation>数据：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="132"/>
        <source>Speed:</source>
        <translation>速度：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="135"/>
        <source>How fast training goes: slower waits between steps, so you can watch the network learn epoch by epoch.</source>
        <translation>训练进行的快慢：较慢的速度会在两步之间等待，让你一轮一轮地看着网络学习。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="163"/>
        <source>Loss</source>
        <translation>损失函数</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="168"/>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="171"/>
        <source>Step size η: how far each update moves the weights. Too large oscillates or diverges, too small crawls.</source>
        <translation>步长 η：每次更新让权重移动多远。太大会振荡或发散，太小则进展缓慢。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="174"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="177"/>
        <source>Momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="179"/>
        <source>Nesterov momentum</source>
        <translation>Nesterov 动量</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="184"/>
        <source>Samples per step: 1 is stochastic gradient descent, “full batch” uses every sample in each step.</source>
        <translation>每步使用的样本数：1 即随机梯度下降，“全批量”在每一步使用全部样本。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="187"/>
        <source>Batch size</source>
        <translation>批量大小</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="190"/>
        <source>∞ until stopped</source>
        <translation>∞ 直到停止</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="192"/>
        <source>Keep training until you press Stop (or a stop rule fires), whatever the number of epochs.</source>
        <translation>不论设置了多少轮，一直训练到你按下“停止”（或触发停止条件）为止。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="198"/>
        <source>Epochs</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="201"/>
        <source>Validation split</source>
        <translation>验证集比例</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="213"/>
        <source>Penalties</source>
        <translation>正则化惩罚</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="215"/>
        <source>random</source>
        <translation>随机</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="217"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="219"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="221"/>
        <source>Stop at loss</source>
        <translation>损失达到时停止</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="223"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="224"/>
        <source>Early stopping: stop when the validation loss has not improved for this many epochs.</source>
        <translation>提前停止：验证损失连续这么多轮没有改善时停止训练。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="227"/>
        <source>Early stopping patience</source>
        <translation>提前停止的耐心轮数</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="121"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="122"/>
        <location filename="../../netbuilder/ui/training/panel.py" line="367"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="123"/>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="124"/>
        <source>Train on one mini-batch, then wait.</source>
        <translation>用一个小批量训练，然后等待。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="125"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="127"/>
        <source>Draw fresh weights from each layer&apos;s initializer (undoable).</source>
        <translation>按每层的初始化器重新抽取权重（可撤销）。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="312"/>
        <source>The learning rate must be a number above 0, not “%1”.</source>
        <translation>学习率必须是大于 0 的数字，而不是“%1”。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="328"/>
        <source>“%1” is not a number of zero or more.</source>
        <translation>“%1”不是大于或等于零的数字。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="367"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="378"/>
        <source>Loading the data…</source>
        <translation>正在加载数据…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="391"/>
        <source>Epoch %1/%2</source>
        <translation>第 %1/%2 轮</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="392"/>
        <source>Epoch %1 of ∞</source>
        <translation>第 %1 轮（共 ∞）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="393"/>
        <source>step %1/%2</source>
        <translation>第 %1/%2 步</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="394"/>
        <source>loss %1</source>
        <translation>损失 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="406"/>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/workers/training.py" line="318"/>
        <source>the training process ended unexpectedly (exit code %1); the network is as it was before the run.</source>
        <translation>训练进程意外结束（退出码 %1）；网络仍是训练开始前的样子。</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../netbuilder/model/validation.py" line="60"/>
        <source>The network is empty: add an Input layer, a hidden layer and an Output layer, then connect them.</source>
        <translation>网络是空的：请添加一个输入层、一个隐藏层和一个输出层，然后把它们连接起来。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/validation.py" line="69"/>
        <source>There is no input layer: add one (it receives the data) and connect it forward.</source>
        <translation>没有输入层：请添加一个（它接收数据）并向前连接。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/validation.py" line="75"/>
        <source>There are several input layers (%1): keep one and make the others hidden layers.</source>
        <translation>有多个输入层（%1）：保留一个，把其余的改为隐藏层。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/validation.py" line="81"/>
        <source>There is no output layer: mark the last layer as the output (its values are the prediction).</source>
        <translation>没有输出层：请把最后一层标记为输出层（它的值就是预测结果）。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/validation.py" line="87"/>
        <source>There are several output layers (%1): keep one and make the others hidden layers.</source>
        <translation>有多个输出层（%1）：保留一个，把其余的改为隐藏层。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/validation.py" line="98"/>
        <source>The input layer &apos;%1&apos; receives a connection from &apos;%2&apos;: data enters at the input, remove that connection.</source>
        <translation>输入层“%1”接收来自“%2”的连接：数据从输入层进入，请删除该连接。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/validation.py" line="108"/>
        <source>The output layer &apos;%1&apos; feeds &apos;%2&apos;: the output must be the last layer, remove that connection.</source>
        <translation>输出层“%1”连到了“%2”：输出层必须是最后一层，请删除该连接。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/validation.py" line="115"/>
        <source>The output layer &apos;%1&apos; has dropout: set it to 0 (dropout belongs on hidden layers).</source>
        <translation>输出层“%1”设置了 dropout：请设为 0（dropout 应放在隐藏层上）。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/validation.py" line="122"/>
        <source>The connections form a loop: %1. Remove one of these connections; data must flow one way.</source>
        <translation>连接形成了环路：%1。请删除其中一条连接；数据必须单向流动。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/validation.py" line="134"/>
        <source>The output layer &apos;%1&apos; is not connected to the input: connect the last hidden layer (or the input) to it.</source>
        <translation>输出层“%1”没有连接到输入层：请把最后一个隐藏层（或输入层）连接到它。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/validation.py" line="142"/>
        <source>Layer &apos;%1&apos; is not reached from the input &apos;%2&apos;: connect a layer into it, or delete it.</source>
        <translation>层“%1”无法从输入层“%2”到达：请把某一层连接到它，或删除它。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/validation.py" line="154"/>
        <source>Layer &apos;%1&apos; does not lead to the output &apos;%2&apos;: its values are computed but never used.</source>
        <translation>层“%1”没有通向输出层“%2”：它的值会被计算，但从未被使用。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/validation.py" line="167"/>
        <source>The output layer &apos;%1&apos; is a %2: the prediction comes from a Dense layer, so end with Flatten and Dense.</source>
        <translation>输出层“%1”是 %2：预测来自 Dense 层，所以最后请接 Flatten 和 Dense。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/validation.py" line="180"/>
        <source>Layer &apos;%1&apos; uses the step function, whose gradient is zero: gradient descent cannot train it. Use sigmoid, or train a single-layer perceptron with the perceptron rule.</source>
        <translation>层“%1”使用阶跃函数，其梯度为零：梯度下降无法训练它。请使用 sigmoid，或用感知机规则训练单层感知机。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/validation.py" line="188"/>
        <source>Softmax over the single neuron of &apos;%1&apos; always gives 1: use sigmoid.</source>
        <translation>对“%1”唯一的神经元做 Softmax 总是得到 1：请使用 sigmoid。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/validation.py" line="195"/>
        <source>The data has %1 but the input layer &apos;%2&apos; has %3: make it %4 wide or choose other data.</source>
        <translation>数据有 %1，但输入层“%2”有 %3：请把它改为 %4 个神经元宽，或选择其他数据。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/validation.py" line="197"/>
        <source>%1 input column</source>
        <translation>%1 个输入列</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/validation.py" line="198"/>
        <source>%1 input columns</source>
        <translation>%1 个输入列</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/validation.py" line="199"/>
        <location filename="../../netbuilder/model/validation.py" line="212"/>
        <source>%1 neuron</source>
        <translation>%1 个神经元</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/validation.py" line="200"/>
        <location filename="../../netbuilder/model/validation.py" line="213"/>
        <source>%1 neurons</source>
        <translation>%1 个神经元</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/validation.py" line="207"/>
        <source>The data has %1 per sample but the output layer &apos;%2&apos; has %3: make it %4 wide or choose other data.</source>
        <translation>数据每个样本有 %1，但输出层“%2”有 %3：请把它改为 %4 个神经元宽，或选择其他数据。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/validation.py" line="210"/>
        <source>%1 target value</source>
        <translation>%1 个目标值</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/validation.py" line="211"/>
        <source>%1 target values</source>
        <translation>%1 个目标值</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/validation.py" line="227"/>
        <source>Categorical cross-entropy needs one output neuron per class (at least 2, with softmax), but &apos;%1&apos; has %2. For two classes use binary_crossentropy with one sigmoid neuron.</source>
        <translation>分类交叉熵要求每个类别一个输出神经元（至少 2 个，配合 softmax），但“%1”有 %2 个。两个类别请使用 binary_crossentropy 和一个 sigmoid 神经元。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/validation.py" line="238"/>
        <source>Categorical cross-entropy expects class probabilities: give the output layer &apos;%1&apos; the softmax activation (it uses %2).</source>
        <translation>分类交叉熵需要类别概率：请给输出层“%1”使用 softmax 激活函数（它现在使用 %2）。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/validation.py" line="247"/>
        <source>Binary cross-entropy needs outputs between 0 and 1: give the output layer &apos;%1&apos; the sigmoid activation (it uses %2).</source>
        <translation>二元交叉熵需要 0 到 1 之间的输出：请给输出层“%1”使用 sigmoid 激活函数（它现在使用 %2）。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/validation.py" line="256"/>
        <source>Hinge loss expects scores that can be negative (linear or tanh output); &apos;%1&apos; uses %2.</source>
        <translation>合页损失需要可以为负的分数（线性或 tanh 输出）；“%1”使用的是 %2。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/validation.py" line="268"/>
        <source>The loss %1 needs targets between 0 and 1 (0/1 labels or one-hot classes), but the data&apos;s targets go from %2 to %3: choose the loss mse for values, or data with class labels.</source>
        <translation>损失函数 %1 需要 0 到 1 之间的目标值（0/1 标签或独热编码的类别），但数据的目标值从 %2 到 %3：数值请用损失函数 mse，或者换成带类别标签的数据。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/shapes.py" line="130"/>
        <source>%1 needs a flat input, but “%2” gives a %3 image: put a Flatten between them</source>
        <translation>%1 需要扁平的输入，但“%2”输出的是 %3 的图像：请在两者之间放一个 Flatten</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/shapes.py" line="134"/>
        <source>%1 takes one input, but %2 layers are connected to it</source>
        <translation>%1 只接受一个输入，但有 %2 个层连到它</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/shapes.py" line="142"/>
        <source>%1 needs an image input (height × width × channels), but “%2” gives %3 values</source>
        <translation>%1 需要图像输入（高 × 宽 × 通道），但“%2”输出的是 %3 个值</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/shapes.py" line="146"/>
        <source>%1 adds convolutions of images of different sizes: %2</source>
        <translation>%1 把不同大小的图像的卷积相加：%2</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/shapes.py" line="151"/>
        <source>%1: kernel %2 does not fit its %3 input</source>
        <translation>%1：%2 的卷积核放不进它 %3 的输入</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/shapes.py" line="152"/>
        <source>%1: pool %2 does not fit its %3 input</source>
        <translation>%1：%2 的池化窗口放不进它 %3 的输入</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <location filename="../../netbuilder/ui/values.py" line="76"/>
        <source>%1 (edge removed)</source>
        <translation>%1（边已移除）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/values.py" line="101"/>
        <source>“%1” is not a number; the value is unchanged.</source>
        <translation>“%1”不是数字；值保持不变。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/values.py" line="131"/>
        <source>Type a number such as 0.4, -1.5 or 2e-3.</source>
        <translation>请输入数字，例如 0.4、-1.5 或 2e-3。</translation>
    </message>
</context>
<context>
    <name>Walkthrough</name>
    <message>
        <location filename="../../netbuilder/explain/render.py" line="65"/>
        <location filename="../../netbuilder/explain/render.py" line="90"/>
        <location filename="../../netbuilder/ui/walkthrough/__init__.py" line="33"/>
        <location filename="../../netbuilder/ui/walkthrough/__init__.py" line="40"/>
        <source>Walkthrough</source>
        <translation>逐步讲解</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/__init__.py" line="44"/>
        <source>Step through one training step value by value (F6)</source>
        <translation>逐个数值地走完一个训练步（F6）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/chain_rule.py" line="40"/>
        <source>price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/chain_rule.py" line="41"/>
        <source>cars</source>
        <translation>车辆数</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/chain_rule.py" line="42"/>
        <source>subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/chain_rule.py" line="43"/>
        <source>tax factor</source>
        <translation>税率系数</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/chain_rule.py" line="44"/>
        <source>total</source>
        <translation>总计</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/chain_rule.py" line="106"/>
        <source>The inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/chain_rule.py" line="110"/>
        <source>A car costs 15, we buy two, and 10% tax is added. Each quantity is a node of the graph.</source>
        <translation>一辆车 15，我们买两辆，再加 10% 的税。每个量都是图中的一个节点。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/chain_rule.py" line="114"/>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/chain_rule.py" line="117"/>
        <source>A node computes its value from the nodes that feed it: here a product.</source>
        <translation>节点由输入它的节点计算出自己的值：这里是乘积。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/chain_rule.py" line="120"/>
        <source>Total with tax</source>
        <translation>含税总计</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/chain_rule.py" line="123"/>
        <source>The forward pass ends at the output: 33 in total.</source>
        <translation>前向传递在输出处结束：总计 33。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/chain_rule.py" line="126"/>
        <source>Start at the output</source>
        <translation>从输出开始</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/chain_rule.py" line="128"/>
        <source>Backward, every node gets the gradient of the output with respect to itself. The output&apos;s own is 1.</source>
        <translation>反向时，每个节点都得到输出对它自身的梯度。输出对自己的梯度是 1。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/chain_rule.py" line="131"/>
        <source>Through the tax node</source>
        <translation>经过税率节点</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/chain_rule.py" line="134"/>
        <source>The local derivative of a product with respect to one factor is the other factor.</source>
        <translation>乘积对其中一个因子的局部导数就是另一个因子。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/chain_rule.py" line="138"/>
        <source>Chain rule: back to the price</source>
        <translation>链式法则：回到单价</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/chain_rule.py" line="143"/>
        <source>The chain rule multiplies the local derivatives along the path: one more per car costs 2.2 more in total.</source>
        <translation>链式法则把路径上的局部导数相乘：每辆车贵 1，总计就多 2.2。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/chain_rule.py" line="147"/>
        <source>Chain rule: back to the number of cars</source>
        <translation>链式法则：回到车辆数</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/chain_rule.py" line="151"/>
        <source>Every input gets its gradient the same way, with one pass backward through the graph.</source>
        <translation>每个输入都以同样的方式得到梯度，只需沿图反向走一遍。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/chain_rule.py" line="155"/>
        <source>Check: one more per car</source>
        <translation>检查：每辆车贵 1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/chain_rule.py" line="160"/>
        <source>Raising the price by 1 raises the total by exactly the gradient, because the graph is linear in the price.</source>
        <translation>单价提高 1，总计恰好提高梯度那么多，因为图对单价是线性的。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/formula.py" line="108"/>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/formula.py" line="159"/>
        <source>%1 (full precision)</source>
        <translation>%1（完整精度）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/graph.py" line="36"/>
        <source>Forward, each node computes its value; backward, its gradient d(total)/d(node) is the gradient of the node it feeds times the local derivative on the edge (×…).</source>
        <translation>前向时，每个节点计算自己的值；反向时，它的梯度 d(total)/d(node) 等于它所连向的节点的梯度乘以边上的局部导数（×…）。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/graph.py" line="143"/>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/graph.py" line="146"/>
        <source>gradient</source>
        <translation>梯度</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/matrices.py" line="77"/>
        <source>This edge was removed: it carries nothing and is not trained.</source>
        <translation>这条边已被移除：它不传递任何东西，也不参与训练。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/matrices.py" line="244"/>
        <source>Layer:</source>
        <translation>层：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/matrices.py" line="246"/>
        <source>The layer whose matrices are shown; “the current step&apos;s” follows the steps.</source>
        <translation>显示其矩阵的层；“当前步骤的层”会跟随步骤变化。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/matrices.py" line="249"/>
        <source>All tables</source>
        <translation>所有表格</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/matrices.py" line="250"/>
        <source>Show every matrix of the layer, not only those of the current phase.</source>
        <translation>显示该层的每个矩阵，而不只是当前阶段的矩阵。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/matrices.py" line="253"/>
        <source>Follow neuron:</source>
        <translation>跟踪神经元：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/matrices.py" line="256"/>
        <source>This layer is too large to go through neuron by neuron: the steps follow the first two neurons and this one.</source>
        <translation>这一层太大，无法逐个神经元地讲解：步骤跟踪前两个神经元和这一个。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/matrices.py" line="287"/>
        <source>the current step&apos;s</source>
        <translation>当前步骤的层</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/matrices.py" line="316"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/typed_values.py" line="80"/>
        <source>“%1” is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/typed_values.py" line="83"/>
        <source>type at least one number</source>
        <translation>请至少输入一个数字</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/typed_values.py" line="85"/>
        <source>every sample needs the same number of values</source>
        <translation>每个样本需要相同数量的值</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/model.py" line="85"/>
        <source>This network names no data: type inputs and targets by hand.</source>
        <translation>这个网络没有指定数据：请手动输入输入值和目标值。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/model.py" line="95"/>
        <source>The network&apos;s data cannot be read: %1</source>
        <translation>无法读取网络的数据：%1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/model.py" line="108"/>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/model.py" line="154"/>
        <source>%1 input rows but %2 target rows</source>
        <translation>%1 行输入，但有 %2 行目标</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/model.py" line="166"/>
        <source>the learning rate must be a positive number</source>
        <translation>学习率必须是正数</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/tables.py" line="64"/>
        <source>sample %1</source>
        <translation>样本 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="128"/>
        <location filename="../../netbuilder/explain/tables.py" line="79"/>
        <location filename="../../netbuilder/explain/tables.py" line="164"/>
        <source>layer “%1”</source>
        <translation>层“%1”</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/tables.py" line="85"/>
        <source>the connection “%1” → “%2”</source>
        <translation>连接“%1”→“%2”</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/tables.py" line="90"/>
        <source>what layer “%1” receives from “%2”</source>
        <translation>层“%1”从“%2”接收的内容</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/tables.py" line="93"/>
        <source>summed over the batch (δ holds the 1/n)</source>
        <translation>对整个批量求和（δ 中已含 1/n）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/tables.py" line="95"/>
        <source>sample %1&apos;s part of dL/dW</source>
        <translation>样本 %1 在 dL/dW 中的部分</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/tables.py" line="97"/>
        <source>W after the update</source>
        <translation>更新后的 W</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/tables.py" line="103"/>
        <source>b after the update</source>
        <translation>更新后的 b</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/tables.py" line="107"/>
        <source>target y</source>
        <translation>目标 y</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/tables.py" line="108"/>
        <source>ŷ after the update</source>
        <translation>更新后的 ŷ</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/tables.py" line="111"/>
        <source>softmax Jacobian ∂ŷᵢ/∂zⱼ, sample %1</source>
        <translation>softmax 雅可比矩阵 ∂ŷᵢ/∂zⱼ，样本 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/tables.py" line="117"/>
        <source>α after the update</source>
        <translation>更新后的 α</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/tables.py" line="177"/>
        <source>channel %1</source>
        <translation>通道 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/model.py" line="305"/>
        <location filename="../../netbuilder/ui/walkthrough/model.py" line="312"/>
        <source>The network cannot be changed now.</source>
        <translation>现在无法修改网络。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/model.py" line="308"/>
        <source>Apply walkthrough update</source>
        <translation>应用逐步讲解中的更新</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/model.py" line="315"/>
        <source>Update applied: loss %1 → %2. The walkthrough starts again from the new parameters.</source>
        <translation>已应用更新：损失 %1 → %2。逐步讲解从新的参数重新开始。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/model.py" line="322"/>
        <source>Nothing was changed: the network keeps its parameters.</source>
        <translation>未做任何更改：网络保留原有参数。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/model.py" line="327"/>
        <source>nothing to export</source>
        <translation>没有可导出的内容</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/model.py" line="336"/>
        <source>Walkthrough written to %1.</source>
        <translation>逐步讲解已写入 %1。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="59"/>
        <source>Forward</source>
        <translation>前向</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/render.py" line="17"/>
        <location filename="../../netbuilder/explain/steps.py" line="329"/>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="60"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="61"/>
        <source>Backward</source>
        <translation>反向</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/render.py" line="19"/>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="62"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/render.py" line="20"/>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="63"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/render.py" line="33"/>
        <source>One training step of “%1” (%2, loss %3, optimizer %5, learning rate η = %4)</source>
        <translation>“%1”的一个训练步（%2，损失函数 %3，优化器 %5，学习率 η = %4）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="148"/>
        <source>Restart</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="149"/>
        <source>Back to the first step (Home)</source>
        <translation>回到第一步（Home）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="151"/>
        <source>The previous step (←)</source>
        <translation>上一步（←）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="150"/>
        <source>Previous</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="153"/>
        <source>The next step (→)</source>
        <translation>下一步（→）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="152"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="154"/>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="615"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="155"/>
        <source>Go through the steps by themselves at the chosen pace</source>
        <translation>按所选速度自动逐步播放</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="162"/>
        <source>s/step</source>
        <translation>秒/步</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="163"/>
        <source>Seconds per step while playing</source>
        <translation>播放时每一步的秒数</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="167"/>
        <source>Jump to:</source>
        <translation>跳到：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="173"/>
        <source>Jump to the first step of: %1</source>
        <translation>跳到此阶段的第一步：%1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="179"/>
        <source>Apply update</source>
        <translation>应用更新</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="180"/>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="456"/>
        <source>Put this step&apos;s new weights and biases into the network (one undoable change)</source>
        <translation>把这一步的新权重和偏置放入网络（一次可撤销的更改）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="182"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="183"/>
        <source>Leave the network as it is and start again</source>
        <translation>保持网络不变并重新开始</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="184"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="185"/>
        <source>Save the walkthrough as Markdown or HTML</source>
        <translation>将逐步讲解保存为 Markdown 或 HTML</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="188"/>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="189"/>
        <source>HTML…</source>
        <translation>HTML…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="240"/>
        <source>this network</source>
        <translation>这个网络</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="241"/>
        <source>chain-rule warm-up</source>
        <translation>链式法则热身</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="242"/>
        <source>One training step of the open network, or the tutorial&apos;s warm-up: two cars at 15 with 10% tax</source>
        <translation>打开的网络的一个训练步，或教程中的热身例子：两辆单价 15 的车，加 10% 的税</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="245"/>
        <source>Walk through:</source>
        <translation>讲解：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="248"/>
        <source>the network&apos;s data</source>
        <translation>网络的数据</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="249"/>
        <source>typed by hand</source>
        <translation>手动输入</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="250"/>
        <source>Samples:</source>
        <translation>样本：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="253"/>
        <source>The (first) sample of the data to step through</source>
        <translation>要逐步讲解的（第一个）数据样本</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="257"/>
        <source>batch</source>
        <translation>批量</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="258"/>
        <source>How many samples from there form the mini-batch; the gradients are averaged over it</source>
        <translation>从该样本起取多少个样本组成小批量；梯度在其上取平均</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="267"/>
        <source>Sample:</source>
        <translation>样本：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="269"/>
        <source>The inputs, separated by commas; several samples separated by ‘;’</source>
        <translation>输入值，用逗号分隔；多个样本用‘;’分隔</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="272"/>
        <source>The targets, separated by commas; several samples separated by ‘;’</source>
        <translation>目标值，用逗号分隔；多个样本用‘;’分隔</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="274"/>
        <source>Inputs x:</source>
        <translation>输入 x：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="275"/>
        <source>Targets y:</source>
        <translation>目标 y：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="278"/>
        <source>A mini-batch&apos;s gradients are averages; the formulas follow this sample&apos;s part</source>
        <translation>小批量的梯度是平均值；公式展示这个样本的那一部分</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="281"/>
        <source>Formulas for:</source>
        <translation>公式对应：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="282"/>
        <source>sample</source>
        <translation>样本</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="285"/>
        <source>Loss:</source>
        <translation>损失函数：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="287"/>
        <source>The learning rate η of this step: w ← w − η·dL/dw</source>
        <translation>这一步的学习率 η：w ← w − η·dL/dw</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="288"/>
        <source>Learning rate η:</source>
        <translation>学习率 η：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="292"/>
        <source>significant digits</source>
        <translation>位有效数字</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="293"/>
        <source>How many digits the formulas show; hover a number for all of them</source>
        <translation>公式显示多少位数字；鼠标悬停在数字上可查看全部</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="295"/>
        <source>Precision:</source>
        <translation>精度：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="421"/>
        <source>Nothing to step through yet.</source>
        <translation>还没有可以逐步讲解的内容。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="514"/>
        <source>of %1</source>
        <translation>共 %1 个</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="535"/>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="541"/>
        <source>network&apos;s: %1</source>
        <translation>网络设置：%1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="582"/>
        <source>The learning rate must be a positive number.</source>
        <translation>学习率必须是正数。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="615"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="659"/>
        <source>HTML pages (*.html)</source>
        <translation>HTML 网页 (*.html)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="661"/>
        <source>Markdown files (*.md)</source>
        <translation>Markdown 文件 (*.md)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="663"/>
        <source>Export walkthrough</source>
        <translation>导出逐步讲解</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="672"/>
        <source>Cannot write the walkthrough: %1</source>
        <translation>无法写入逐步讲解：%1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/render.py" line="16"/>
        <source>Forward pass</source>
        <translation>前向传递</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/render.py" line="18"/>
        <source>Backward pass (backpropagation)</source>
        <translation>反向传递（反向传播）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/render.py" line="37"/>
        <source>Input x = %1, target y = %2</source>
        <translation>输入 x = %1，目标 y = %2</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/render.py" line="39"/>
        <source>A mini-batch of %1 samples; gradients are averaged over the batch.</source>
        <translation>%1 个样本组成的小批量；梯度在整个批量上取平均。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="127"/>
        <source>output layer “%1”</source>
        <translation>输出层“%1”</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="149"/>
        <source>Values shown for sample %1 of %2.</source>
        <translation>显示的是 %2 个样本中第 %1 个的值。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="170"/>
        <source>The other neurons of %1</source>
        <translation>%1的其他神经元</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="172"/>
        <source>Every neuron computes the same way; the layer has %1 neurons.</source>
        <translation>每个神经元的计算方式相同；这一层有 %1 个神经元。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="209"/>
        <source>All gradients of the weights into %1</source>
        <translation>通向%1的所有权重的梯度</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="212"/>
        <source>Each weight&apos;s gradient is the input it carries times the δ of the neuron it feeds.</source>
        <translation>每个权重的梯度等于它传递的输入乘以它所连向的神经元的 δ。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="108"/>
        <location filename="../../netbuilder/explain/steps.py" line="258"/>
        <source>%1 more terms</source>
        <translation>另有 %1 项</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="269"/>
        <source>The weighted sum: each input times the weight of its edge, plus the bias.</source>
        <translation>加权和：每个输入乘以其边上的权重，再加上偏置。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="271"/>
        <source>No edge reaches this neuron, so only its bias counts.</source>
        <translation>没有边连到这个神经元，所以只有它的偏置起作用。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="274"/>
        <source>Weighted sum of %1 (%2)</source>
        <translation>%1 的加权和（%2）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="119"/>
        <source>Convolution at %1%2 (%3)</source>
        <translation>%1%2 处的卷积（%3）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="123"/>
        <source>Filter %1 lies on a window of the input: each pixel under it times the kernel weight on it, all added up, plus the filter&apos;s bias. The same kernel slides to every position, so the feature map is the filter&apos;s answer everywhere.</source>
        <translation>卷积核 %1 盖在输入的一个窗口上：窗口里每个像素乘以对应的卷积核权重，全部加起来，再加上这个卷积核的偏置。同一个卷积核滑过每个位置，所以特征图就是这个卷积核在每个位置的响应。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="128"/>
        <location filename="../../netbuilder/explain/steps.py" line="288"/>
        <source>Activation of %1</source>
        <translation>%1 的激活</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="130"/>
        <location filename="../../netbuilder/explain/steps.py" line="289"/>
        <source>The activation function turns the weighted sum into the neuron&apos;s output.</source>
        <translation>激活函数把加权和变成神经元的输出。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="133"/>
        <source>The other filters at %1</source>
        <translation>%1 处的其他卷积核</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="135"/>
        <source>output %1 × %2 × %3</source>
        <translation>输出 %1 × %2 × %3</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="136"/>
        <source>Every filter and every position is computed the same way: %1 values in all.</source>
        <translation>每个卷积核、每个位置都这样计算：一共 %1 个值。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="156"/>
        <source>Max pooling keeps the strongest response of each window: the feature is still there, the map is smaller, and small shifts of the input matter less.</source>
        <translation>最大池化保留每个窗口里最强的响应：特征还在，特征图变小了，输入的小幅平移影响也更小。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="158"/>
        <source>Max pooling at %1</source>
        <translation>%1 处的最大池化</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="164"/>
        <source>Average pooling keeps the mean of each window: a smaller, smoother map.</source>
        <translation>平均池化保留每个窗口的平均值：特征图更小、更平滑。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="165"/>
        <source>Average pooling at %1</source>
        <translation>%1 处的平均池化</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="188"/>
        <source>Flatten %1</source>
        <translation>展平%1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="189"/>
        <source>Flatten only reorders: the maps are read row by row, all channels of a pixel together, into one vector for the dense layers. Nothing is computed.</source>
        <translation>Flatten 只是重新排列：按行读取特征图，一个像素的所有通道放在一起，排成一个向量交给全连接层。不做任何计算。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="218"/>
        <source>Gradient through %1</source>
        <translation>穿过%1的梯度</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="219"/>
        <source>Backward, Flatten puts each gradient back at the pixel it came from.</source>
        <translation>反向时，Flatten 把每个梯度放回它原来的像素位置。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="235"/>
        <source>the winner</source>
        <translation>胜出者</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="237"/>
        <source>every other input of the window: + 0</source>
        <translation>窗口中的其他输入：+ 0</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="240"/>
        <source>Only the input that won the window influenced the output, so the whole gradient goes back to it; the others get none.</source>
        <translation>只有在窗口中胜出的那个输入影响了输出，所以全部梯度都传回给它，其他输入得不到梯度。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="246"/>
        <source>Every input of the window counted equally in the mean, so each gets an equal share of the gradient.</source>
        <translation>窗口中每个输入在平均值里的分量相同，所以每个输入分到相等的梯度。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="250"/>
        <source>Gradient through the pooling at %1</source>
        <translation>穿过 %1 处池化的梯度</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="286"/>
        <source>%1 terms</source>
        <translation>%1 项</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="289"/>
        <source>Gradient of the kernel weight %1</source>
        <translation>卷积核权重 %1 的梯度</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="292"/>
        <source>A kernel weight is used at every position of the map, so its gradient adds up the δ of every position times the input pixel the weight met there.</source>
        <translation>一个卷积核权重在特征图的每个位置都被用到，所以它的梯度是把每个位置的 δ 乘以该权重在那里遇到的输入像素，再全部加起来。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="299"/>
        <source>The bias is added at every position, so its gradient is the sum of the map&apos;s δ.</source>
        <translation>偏置在每个位置都被加上，所以它的梯度是整张特征图 δ 的总和。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="324"/>
        <source>Update the filters of %1</source>
        <translation>更新%1的卷积核</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="301"/>
        <location filename="../../netbuilder/explain/steps.py" line="351"/>
        <source>%1 more</source>
        <translation>另有 %1 个</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="302"/>
        <source>Softmax over %1</source>
        <translation>对%1做 Softmax</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="303"/>
        <source>Softmax turns the scores into probabilities that add up to 1.</source>
        <translation>Softmax 把分数变成总和为 1 的概率。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="318"/>
        <source>sample %1:</source>
        <translation>样本 %1：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="319"/>
        <location filename="../../netbuilder/explain/steps.py" line="422"/>
        <source>over the batch</source>
        <translation>对整个批量</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="327"/>
        <source>plus the penalty %1</source>
        <translation>加上惩罚项 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="320"/>
        <source>The loss measures how far the prediction ŷ is from the target y.</source>
        <translation>损失衡量预测值 ŷ 与目标值 y 相差多远。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="356"/>
        <source>Gradient of the loss at the output</source>
        <translation>输出处的损失梯度</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="352"/>
        <source>Backpropagation starts here: how much the loss changes when the output changes.</source>
        <translation>反向传播从这里开始：输出变化时损失变化多少。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="381"/>
        <source>Gradient arriving at %1</source>
        <translation>到达 %1 的梯度</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="382"/>
        <source>The chain rule: the neuron&apos;s output affects the loss through every edge it feeds.</source>
        <translation>链式法则：神经元的输出通过它连出的每一条边影响损失。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/engine/losses.py" line="280"/>
        <source>ŷ is so close to 0 or 1 that log(1 − ŷ) and dL/dŷ computed from ŷ lose their digits (Keras clips ŷ at 10⁻⁷ and gets them wrong). NetBuilder computes the loss and δ = ŷ − y from z instead, and dL/dŷ with 1 − ŷ = σ(−z), so the values shown are exact.</source>
        <translation>ŷ 太接近 0 或 1，由 ŷ 算出的 log(1 − ŷ) 和 dL/dŷ 会丢失有效数字（Keras 把 ŷ 截断在 10⁻⁷，因而算错）。NetBuilder 改为由 z 计算损失和 δ = ŷ − y，并用 1 − ŷ = σ(−z) 计算 dL/dŷ，所以显示的值是精确的。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/engine/losses.py" line="359"/>
        <source>With softmax and cross-entropy together, the chain rule simplifies to δ = ŷ − y.</source>
        <translation>softmax 与交叉熵一起使用时，链式法则化简为 δ = ŷ − y。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/engine/losses.py" line="374"/>
        <source>The target class&apos;s probability ŷ is so small that log ŷ and dL/dŷ = −y/ŷ computed from ŷ lose their digits or overflow (Keras clips ŷ at 10⁻⁷ and gets them wrong). NetBuilder computes the loss with log-sum-exp and δ = ŷ − y from z instead, so the values shown are exact wherever a float can hold them.</source>
        <translation>目标类别的概率 ŷ 太小，由 ŷ 算出的 log ŷ 和 dL/dŷ = −y/ŷ 会丢失有效数字甚至溢出（Keras 把 ŷ 截断在 10⁻⁷，因而算错）。NetBuilder 改为由 z 用 log-sum-exp 计算损失，并由 z 计算 δ = ŷ − y，所以只要浮点数表示得了，显示的值都是精确的。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/engine/losses.py" line="262"/>
        <source>With sigmoid and binary cross-entropy together, the chain rule simplifies to δ = ŷ − y.</source>
        <translation>sigmoid 与二元交叉熵一起使用时，链式法则化简为 δ = ŷ − y。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="269"/>
        <location filename="../../netbuilder/explain/steps.py" line="400"/>
        <source>δ is the gradient of the loss with respect to the weighted sum z: dL/da · da/dz.</source>
        <translation>δ 是损失对加权和 z 的梯度：dL/da · da/dz。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="267"/>
        <location filename="../../netbuilder/explain/steps.py" line="401"/>
        <source>Error signal %1</source>
        <translation>误差信号 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="424"/>
        <source>plus the penalty gradient %1</source>
        <translation>加上惩罚项的梯度 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="297"/>
        <location filename="../../netbuilder/explain/steps.py" line="425"/>
        <location filename="../../netbuilder/explain/steps.py" line="435"/>
        <source>Gradient of %1</source>
        <translation>%1 的梯度</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="426"/>
        <source>A weight&apos;s gradient: the δ of the neuron it feeds times the input it carries.</source>
        <translation>权重的梯度：它所连向的神经元的 δ 乘以它传递的输入。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="436"/>
        <source>The bias adds 1 × b to z, so its gradient is δ itself.</source>
        <translation>偏置给 z 加上 1 × b，所以它的梯度就是 δ 本身。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="323"/>
        <location filename="../../netbuilder/explain/steps.py" line="480"/>
        <source>%1 more weights, updated the same way</source>
        <translation>另有 %1 个权重，以同样的方式更新</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="481"/>
        <source>Update the weights into %1</source>
        <translation>更新通向%1的权重</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="325"/>
        <location filename="../../netbuilder/explain/steps.py" line="482"/>
        <source>Each weight takes a small step against its gradient, downhill on the loss.</source>
        <translation>每个权重沿梯度的反方向迈一小步，在损失曲面上往下走。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="498"/>
        <source>%1 more biases</source>
        <translation>另有 %1 个偏置</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="499"/>
        <source>Update the biases of %1</source>
        <translation>更新%1的偏置</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="500"/>
        <source>Biases are updated like weights.</source>
        <translation>偏置的更新方式与权重相同。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="508"/>
        <location filename="../../netbuilder/explain/steps.py" line="511"/>
        <source>was %1</source>
        <translation>原为 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="510"/>
        <source>lower ✓</source>
        <translation>更低 ✓</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="510"/>
        <source>not lower: the learning rate may be too large</source>
        <translation>没有降低：学习率可能太大</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="512"/>
        <source>Forward again with the new parameters</source>
        <translation>用新参数再做一次前向传递</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="513"/>
        <source>One step of gradient descent; training repeats this many times.</source>
        <translation>一步梯度下降；训练就是把它重复许多次。</translation>
    </message>
</context>
</TS>
