<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>Activations</name>
    <message>
        <location filename="../../netbuilder/model/catalog.py" line="76"/>
        <source>Identity (linear)</source>
        <translation>恆等（線性）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/catalog.py" line="80"/>
        <source>Step (perceptron)</source>
        <translation>階躍（感知器）</translation>
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
        <translation>%1 · 第 %2 輪 · 損失 %3</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/animation.py" line="177"/>
        <source>There is no recorded run to animate: train the network in the window first (every run is recorded).</source>
        <translation>沒有可做成動畫的記錄：請先在視窗中訓練網路（每次訓練都會被記錄）。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/animation.py" line="182"/>
        <source>Writing MP4 videos needs ffmpeg (python -m pip install imageio-ffmpeg, or install ffmpeg); GIF animations work without it.</source>
        <translation>寫入 MP4 影片需要 ffmpeg（python -m pip install imageio-ffmpeg，或安裝 ffmpeg）；GIF 動畫不需要它。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/animation.py" line="188"/>
        <source>Writing animations needs the Pillow package (python -m pip install Pillow).</source>
        <translation>寫入動畫需要 Pillow 套件（python -m pip install Pillow）。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/animation.py" line="214"/>
        <location filename="../../netbuilder/ui/animation.py" line="253"/>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/animation.py" line="242"/>
        <source>ffmpeg did not finish writing %1</source>
        <translation>ffmpeg 未能寫完 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/animation.py" line="244"/>
        <location filename="../../netbuilder/ui/animation.py" line="248"/>
        <source>ffmpeg could not write %1: %2</source>
        <translation>ffmpeg 無法寫入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <location filename="../../netbuilder/ui/canvas/items.py" line="226"/>
        <source>output %1</source>
        <translation>輸出 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/items.py" line="229"/>
        <source>%1 neurons, activation %2</source>
        <translation>%1 個神經元，激活函數 %2</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/items.py" line="231"/>
        <source>Drawn as a block: too many neurons to draw one by one.</source>
        <translation>以方塊繪製：神經元太多，無法逐一繪製。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/items.py" line="233"/>
        <source>neuron %1</source>
        <translation>神經元 %1</translation>
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
        <translation>按兩下以編輯偏置。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/items.py" line="246"/>
        <source>%1 filters %2, stride %3, %4 padding · %5</source>
        <translation>%1 個 %2 的卷積核，步幅 %3，%4 填補 · %5</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/items.py" line="249"/>
        <source>max of %1, stride %2, %3 padding</source>
        <translation>取 %1 視窗的最大值，步幅 %2，%3 填補</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/items.py" line="250"/>
        <source>mean of %1, stride %2, %3 padding</source>
        <translation>取 %1 視窗的平均值，步幅 %2，%3 填補</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/items.py" line="252"/>
        <source>the image as one vector</source>
        <translation>把影像攤平成一個向量</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/items.py" line="486"/>
        <source>Drag from here to another layer to connect them.</source>
        <translation>從這裡拖曳到另一層以連接它們。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/items.py" line="600"/>
        <source>(removed: select it and press Delete to restore)</source>
        <translation>（已移除：選取它並按 Delete 還原）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/items.py" line="601"/>
        <source>weight %1 → %2 = %3</source>
        <translation>權重 %1 → %2 = %3</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/items.py" line="602"/>
        <source>Double-click to edit; Delete removes this edge.</source>
        <translation>按兩下以編輯；Delete 移除這條邊。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/items.py" line="768"/>
        <source>No weights: the values pass on to be pooled or flattened.</source>
        <translation>沒有權重：數值直接傳下去做池化或攤平。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/items.py" line="773"/>
        <source>%1 kernels of %2×%3×%4 (%5 weights): mean %6, spread %7</source>
        <translation>%1 個 %2×%3×%4 的卷積核（%5 個權重）：平均 %6，離散度 %7</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/items.py" line="775"/>
        <source>The Filters panel shows them as images.</source>
        <translation>「卷積核」面板把它們顯示成影像。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/items.py" line="780"/>
        <source>%1 × %2 weights (%3 trainable): mean %4, spread %5</source>
        <translation>%1 × %2 個權重（%3 個可訓練）：平均值 %4，離散度 %5</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/items.py" line="782"/>
        <source>Select it to see the matrix in the inspector.</source>
        <translation>選取它即可在屬性面板中檢視矩陣。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/view.py" line="205"/>
        <source>Drag an Input layer, a Dense layer and an Output layer here from the palette,
then drag from each layer&apos;s right-hand handle to the next layer to connect them.</source>
        <translation>從元件面板把一個輸入層、一個全連接層和一個輸出層拖曳到這裡，
然後從每層右側的控點拖曳到下一層，把它們連接起來。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/view.py" line="222"/>
        <source>positive weight</source>
        <translation>正權重</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/view.py" line="223"/>
        <source>negative weight</source>
        <translation>負權重</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/view.py" line="224"/>
        <source>thicker = larger |w|</source>
        <translation>越粗 = |w| 越大</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/insight.py" line="133"/>
        <source>%1 of %2 dead</source>
        <translation>%2 個中 %1 個死亡</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/insight.py" line="134"/>
        <source>%1 saturated</source>
        <translation>%1 飽和</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/insight.py" line="143"/>
        <source>Dead ReLU neurons: %1 of %2</source>
        <translation>死亡的 ReLU 神經元：%2 個中 %1 個</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/insight.py" line="144"/>
        <source>They gave 0 for every sample of the last epoch. ReLU&apos;s slope is 0 there, so no gradient reaches their weights and they may never come back (Dying ReLU).</source>
        <translation>它們在上一輪的每個樣本上都輸出 0。ReLU 在那裡的斜率為 0，沒有梯度能傳到它們的權重，它們可能再也不會恢復（神經元死亡，Dying ReLU）。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/insight.py" line="146"/>
        <source>&lt;i&gt;Try:&lt;/i&gt; a lower learning rate, He initialisation, leaky ReLU or ELU instead, or a small positive bias.</source>
        <translation>&lt;i&gt;可以試試：&lt;/i&gt;更低的學習率、He 初始化、改用 Leaky ReLU 或 ELU，或一個小的正偏置。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/insight.py" line="150"/>
        <source>Saturated %1 neurons: %2 of the outputs</source>
        <translation>飽和的 %1 神經元：佔輸出的 %2</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/insight.py" line="151"/>
        <source>Over the last epoch these outputs sat where the activation function is flat (its slope below 5 % of its peak: near 0 or 1 for sigmoid, near −1 or 1 for tanh). Almost no gradient passes back through them, so this layer and the layers before it learn slowly (vanishing gradient).</source>
        <translation>上一輪中，這些輸出落在激活函數平坦的區域（斜率低於峰值的 5 %：sigmoid 接近 0 或 1，tanh 接近 −1 或 1）。幾乎沒有梯度能從它們反向傳回，所以這一層和它之前的層學得很慢（梯度消失）。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/insight.py" line="155"/>
        <source>&lt;i&gt;Try:&lt;/i&gt; ReLU or leaky ReLU instead, smaller initial weights (Glorot initialisation), inputs scaled to about −1…1, or a lower learning rate.</source>
        <translation>&lt;i&gt;可以試試：&lt;/i&gt;改用 ReLU 或 Leaky ReLU、更小的初始權重（Glorot 初始化）、把輸入縮放到約 −1…1，或更低的學習率。</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../netbuilder/ui/commands.py" line="49"/>
        <source>Add layer “%1”</source>
        <translation>新增層「%1」</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/commands.py" line="61"/>
        <source>Delete layer “%1”</source>
        <translation>刪除層「%1」</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/commands.py" line="80"/>
        <source>Connect “%1” to “%2”</source>
        <translation>連接「%1」到「%2」</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/commands.py" line="99"/>
        <source>Delete connection “%1” → “%2”</source>
        <translation>刪除連接「%1」→「%2」</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/commands.py" line="194"/>
        <source>Resize “%1” to %2 neurons</source>
        <translation>將「%1」調整為 %2 個神經元</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/commands.py" line="198"/>
        <source>Set activation of “%1” to %2</source>
        <translation>將「%1」的激活函數設為 %2</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/commands.py" line="200"/>
        <source>Rename “%1” to “%2”</source>
        <translation>將「%1」重新命名為「%2」</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/commands.py" line="202"/>
        <location filename="../../netbuilder/ui/commands.py" line="276"/>
        <source>Move “%1”</source>
        <translation>移動「%1」</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/commands.py" line="203"/>
        <source>Change “%1”</source>
        <translation>修改「%1」</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/commands.py" line="209"/>
        <source>Set weight %1 to %2</source>
        <translation>將權重 %1 設為 %2</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/commands.py" line="225"/>
        <source>Set bias of neuron %1 of “%2” to %3</source>
        <translation>將「%2」的神經元 %1 的偏置設為 %3</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/commands.py" line="257"/>
        <source>Restore edge %1</source>
        <translation>還原邊 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/commands.py" line="257"/>
        <source>Remove edge %1</source>
        <translation>移除邊 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/commands.py" line="278"/>
        <source>Move %1 layers</source>
        <translation>移動 %1 個層</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/commands.py" line="318"/>
        <source>Restore the moment at epoch %1</source>
        <translation>恢復第 %1 輪時的參數</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/commands.py" line="328"/>
        <source>Change training settings</source>
        <translation>修改訓練設定</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/commands.py" line="352"/>
        <source>Change network settings</source>
        <translation>修改網路設定</translation>
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
        <translation>小隨機數 (σ = 0.01)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="38"/>
        <source>Glorot uniform</source>
        <translation>Glorot 均勻</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="38"/>
        <source>He normal</source>
        <translation>He 常態</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="46"/>
        <source>Type one or more learning rates, e.g. 0.01, 0.1, 1.</source>
        <translation>請輸入一個或多個學習率，例如 0.01, 0.1, 1。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="52"/>
        <source>“%1” is not a number.</source>
        <translation>「%1」不是數字。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="54"/>
        <source>A learning rate must be larger than 0, not %1.</source>
        <translation>學習率必須大於 0，而不是 %1。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="57"/>
        <source>At most %1 runs at a time.</source>
        <translation>一次最多 %1 次執行。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="73"/>
        <source>Compare Runs</source>
        <translation>比較多次執行</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="85"/>
        <source>Train the network several times, changing one thing, and compare the runs. Each run trains a copy: the network is not changed.</source>
        <translation>多次訓練網路，每次只改變一項，然後比較這些執行。每次執行訓練的是一個副本：網路本身不會改變。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="92"/>
        <source>Initialisation</source>
        <translation>初始化</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="93"/>
        <source>Learning rate</source>
        <translation>學習率</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="94"/>
        <source>Seed</source>
        <translation>隨機種子</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="95"/>
        <source>What varies:</source>
        <translation>改變的是：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="112"/>
        <source>Learning rates separated by commas, e.g. 0.01, 0.1, 1</source>
        <translation>以逗號分隔的學習率，例如 0.01, 0.1, 1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="119"/>
        <source> runs</source>
        <translation> 次執行</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="120"/>
        <source>The same network with other random starting weights and another order of the samples</source>
        <translation>同一個網路，換一組隨機初始權重和另一種樣本順序</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="128"/>
        <source>Epochs per run:</source>
        <translation>每次執行的輪數：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="135"/>
        <source>The table counts the epochs each run needs to bring its training loss down to this</source>
        <translation>表格統計每次執行把訓練損失降到這個值所需的輪數</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="137"/>
        <source>Target loss:</source>
        <translation>目標損失：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="141"/>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="300"/>
        <source>Run</source>
        <translation>執行</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="145"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="176"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="206"/>
        <source>Choose at least one initialisation.</source>
        <translation>請至少選擇一種初始化。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="209"/>
        <source>learning rate %1</source>
        <translation>學習率 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="211"/>
        <source>seed %1</source>
        <translation>種子 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="225"/>
        <source>Training is running: stop it first, then compare.</source>
        <translation>訓練正在進行：請先停止，再比較。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="241"/>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="272"/>
        <source>%1 of %2 runs</source>
        <translation>%1 / %2 次執行</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="253"/>
        <source>Cancelling: the run in progress stops at its next step…</source>
        <translation>正在取消：進行中的執行將在下一步停止…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="264"/>
        <source>Training “%1” (%2 of %3)…</source>
        <translation>正在訓練「%1」（第 %2 / %3 次）…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="283"/>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="341"/>
        <source>Cancelled after %1 of %2 runs.</source>
        <translation>已取消：完成了 %1 / %2 次執行。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="286"/>
        <source>Done: the loss curves are in the Loss panel, labelled with what each run changed.</source>
        <translation>完成：損失曲線在「損失」面板中，標註了每次執行改變的內容。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="292"/>
        <source>The comparison could not run: %1</source>
        <translation>比較無法進行：%1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="300"/>
        <source>Final loss</source>
        <translation>最終損失</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="301"/>
        <source>Accuracy</source>
        <translation>準確率</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="301"/>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="302"/>
        <source>Epochs to loss ≤ %1</source>
        <translation>損失 ≤ %1 所需輪數</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="313"/>
        <source>diverged</source>
        <translation>發散</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="319"/>
        <source>not reached</source>
        <translation>未達到</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="350"/>
        <source>&amp;Compare…</source>
        <translation>比較(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/compare_dialog.py" line="352"/>
        <source>Train the network several times, changing the initialisation, the learning rate or the seed, and compare the runs</source>
        <translation>多次訓練網路，改變初始化、學習率或隨機種子，然後比較這些執行</translation>
    </message>
</context>
<context>
    <name>Data</name>
    <message>
        <location filename="../../netbuilder/ui/data/__init__.py" line="28"/>
        <source>Data</source>
        <translation>資料</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/__init__.py" line="62"/>
        <source>&amp;Choose Dataset…</source>
        <translation>選擇資料集(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/__init__.py" line="63"/>
        <source>&amp;Import CSV…</source>
        <translation>匯入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/__init__.py" line="64"/>
        <source>Open &amp;IDX Images…</source>
        <translation>開啟 IDX 影像(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/__init__.py" line="65"/>
        <source>Draw &amp;Your Own Data</source>
        <translation>繪製自己的資料(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/__init__.py" line="68"/>
        <source>&amp;Data</source>
        <translation>資料(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="52"/>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="138"/>
        <source>Import CSV</source>
        <translation>匯入 CSV</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="61"/>
        <source>the CSV file to read</source>
        <translation>要讀取的 CSV 檔案</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="63"/>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="65"/>
        <source>File:</source>
        <translation>檔案：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="72"/>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="74"/>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="78"/>
        <source>detect</source>
        <translation>自動偵測</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="72"/>
        <source>comma</source>
        <translation>逗號</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="73"/>
        <source>semicolon</source>
        <translation>分號</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="73"/>
        <source>tab</source>
        <translation>定位字元</translation>
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
        <translation>類別標籤（one-hot 編碼）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="80"/>
        <source>numbers (regression)</source>
        <translation>數值（迴歸）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="81"/>
        <source>none</source>
        <translation>不縮放</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="81"/>
        <source>standardise</source>
        <translation>標準化</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="82"/>
        <source>min-max to [0, 1]</source>
        <translation>最小-最大縮放到 [0, 1]</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="83"/>
        <source>Separator:</source>
        <translation>分隔符號：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="84"/>
        <source>Header row:</source>
        <translation>標題列：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="85"/>
        <source>Targets are:</source>
        <translation>目標是：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="86"/>
        <source>Scale inputs:</source>
        <translation>縮放輸入：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="91"/>
        <source>Validation share:</source>
        <translation>驗證集比例：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="92"/>
        <source>Test share:</source>
        <translation>測試集比例：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="93"/>
        <source>Split seed:</source>
        <translation>切分種子：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="98"/>
        <source>Columns (choose what each one is):</source>
        <translation>欄（選擇每一欄的用途）：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="101"/>
        <source>Column</source>
        <translation>欄</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="101"/>
        <source>Use as</source>
        <translation>用作</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="102"/>
        <source>First values</source>
        <translation>前幾個值</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="106"/>
        <source>First rows:</source>
        <translation>前幾列：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="120"/>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="139"/>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV 檔案 (*.csv *.tsv *.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="174"/>
        <location filename="../../netbuilder/ui/data/preview.py" line="51"/>
        <source>input</source>
        <translation>輸入</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="174"/>
        <location filename="../../netbuilder/ui/data/preview.py" line="52"/>
        <source>target</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="175"/>
        <source>not used</source>
        <translation>不使用</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="219"/>
        <source>Choose a CSV file first.</source>
        <translation>請先選擇一個 CSV 檔案。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="227"/>
        <source>Choose at least one target column: what the network should predict.</source>
        <translation>請至少選擇一個目標欄：即網路要預測的內容。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="230"/>
        <source>Choose at least one input column.</source>
        <translation>請至少選擇一個輸入欄。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/csv_dialog.py" line="256"/>
        <source>Imported %1.</source>
        <translation>已匯入 %1。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/chooser.py" line="47"/>
        <source>Samples</source>
        <translation>樣本數</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/chooser.py" line="48"/>
        <source>Noise</source>
        <translation>雜訊</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/chooser.py" line="49"/>
        <source>Seed</source>
        <translation>隨機種子</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/chooser.py" line="50"/>
        <source>Test share</source>
        <translation>測試集比例</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/chooser.py" line="51"/>
        <source>Classes</source>
        <translation>類別數</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/chooser.py" line="52"/>
        <source>Training images</source>
        <translation>訓練影像數</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/chooser.py" line="102"/>
        <source>Dataset:</source>
        <translation>資料集：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/chooser.py" line="110"/>
        <source>Your own data (draw or type)</source>
        <translation>自己的資料（繪製或輸入）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/chooser.py" line="116"/>
        <source>Import CSV…</source>
        <translation>匯入 CSV…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/chooser.py" line="119"/>
        <source>Open IDX…</source>
        <translation>開啟 IDX…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/chooser.py" line="121"/>
        <source>Images and labels in IDX files, such as Fashion-MNIST</source>
        <translation>IDX 檔案中的影像和標籤，例如 Fashion-MNIST</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/chooser.py" line="123"/>
        <source>Edit these points</source>
        <translation>編輯這些點</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/chooser.py" line="125"/>
        <source>Copy these samples into your own data, to add, move or delete points</source>
        <translation>把這些樣本複製到自己的資料中，以便新增、移動或刪除點</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/chooser.py" line="132"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/chooser.py" line="140"/>
        <source>Input features</source>
        <translation>輸入特徵</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/chooser.py" line="141"/>
        <source>Extra inputs computed from x₁ and x₂, as in the TensorFlow Playground; the input layer gets one neuron for each feature switched on.</source>
        <translation>由 x₁ 和 x₂ 計算出的額外輸入，與 TensorFlow Playground 相同；每開啟一個特徵，輸入層就多一個神經元。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/preview.py" line="77"/>
        <source>This network names no data yet: choose a dataset above, import a CSV file, or draw your own points.</source>
        <translation>這個網路還沒有指定資料：請在上方選擇一個資料集、匯入 CSV 檔案，或繪製自己的點。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/own_points.py" line="60"/>
        <source>New points:</source>
        <translation>新點：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/own_points.py" line="71"/>
        <source>Classes:</source>
        <translation>類別：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/own_points.py" line="92"/>
        <source>Add row</source>
        <translation>新增列</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/own_points.py" line="95"/>
        <source>Delete rows</source>
        <translation>刪除列</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/panel.py" line="181"/>
        <source>The network&apos;s dataset cannot be loaded: %1</source>
        <translation>無法載入網路的資料集：%1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/preview.py" line="38"/>
        <source>The first %1 training images, with their labels:</source>
        <translation>前 %1 張訓練影像及其標籤：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/own_points.py" line="212"/>
        <location filename="../../netbuilder/ui/data/preview.py" line="62"/>
        <location filename="../../netbuilder/ui/data/preview.py" line="153"/>
        <source>class</source>
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/chooser.py" line="61"/>
        <source>CSV file: %1</source>
        <translation>CSV 檔案：%1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/chooser.py" line="63"/>
        <source>IDX images: %1</source>
        <translation>IDX 影像：%1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/chooser.py" line="65"/>
        <location filename="../../netbuilder/ui/training/panel.py" line="71"/>
        <source>Samples in the file: %1</source>
        <translation>檔案中的樣本：%1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/chooser.py" line="65"/>
        <location filename="../../netbuilder/ui/training/panel.py" line="71"/>
        <source>samples</source>
        <translation>樣本</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/panel.py" line="212"/>
        <source>Use your own data</source>
        <translation>使用自己的資料</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/panel.py" line="206"/>
        <source>Use dataset “%1”</source>
        <translation>使用資料集「%1」</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/panel.py" line="224"/>
        <source>Change settings of “%1”</source>
        <translation>修改「%1」的設定</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/chooser.py" line="278"/>
        <source>Keep at least one input feature switched on.</source>
        <translation>請至少保留一個輸入特徵為開啟狀態。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/panel.py" line="233"/>
        <source>Input features: %1</source>
        <translation>輸入特徵：%1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/panel.py" line="242"/>
        <location filename="../../netbuilder/ui/data/panel.py" line="290"/>
        <source>Cannot use this data: %1</source>
        <translation>無法使用這些資料：%1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/panel.py" line="257"/>
        <source>Editing is locked.</source>
        <translation>編輯已鎖定。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/panel.py" line="264"/>
        <source>Using %1, but the layers were not fitted to it: %2</source>
        <translation>正在使用 %1，但各層未能調整以配合它：%2</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/panel.py" line="267"/>
        <source>Using %1: %2.</source>
        <translation>正在使用 %1：%2。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/panel.py" line="269"/>
        <source>Using %1; the input and output layers already fit it.</source>
        <translation>正在使用 %1；輸入層和輸出層已與之相符。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/panel.py" line="278"/>
        <source>Import “%1”</source>
        <translation>匯入「%1」</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/files.py" line="31"/>
        <source>Open IDX images</source>
        <translation>開啟 IDX 影像</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/files.py" line="32"/>
        <source>IDX image files (*idx3* *.idx *.gz);;All files (*)</source>
        <translation>IDX 影像檔案 (*idx3* *.idx *.gz);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/panel.py" line="292"/>
        <source>Open images “%1”</source>
        <translation>開啟影像「%1」</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/panel.py" line="309"/>
        <source>Only data with two inputs can be drawn on the plane.</source>
        <translation>只有兩個輸入的資料才能在平面上繪製。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/panel.py" line="311"/>
        <source>Edit the points as your own data</source>
        <translation>把這些點作為自己的資料來編輯</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/own_points.py" line="164"/>
        <source>Add point</source>
        <translation>新增點</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/own_points.py" line="178"/>
        <source>Move point</source>
        <translation>移動點</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/own_points.py" line="181"/>
        <source>Delete point</source>
        <translation>刪除點</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/own_points.py" line="203"/>
        <source>Use %1 classes</source>
        <translation>使用 %1 個類別</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/own_points.py" line="232"/>
        <source>Row %1, column %2: “%3” is not a number.</source>
        <translation>第 %1 列，第 %2 欄：「%3」不是數字。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/own_points.py" line="238"/>
        <source>Row %1, column %2: %3.</source>
        <translation>第 %1 列，第 %2 欄：%3。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/own_points.py" line="241"/>
        <source>Edit sample %1</source>
        <translation>編輯樣本 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/own_points.py" line="246"/>
        <source>Add sample</source>
        <translation>新增樣本</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/own_points.py" line="252"/>
        <source>Select the rows to delete first.</source>
        <translation>請先選取要刪除的列。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/own_points.py" line="254"/>
        <source>Delete samples</source>
        <translation>刪除樣本</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/own_samples.py" line="53"/>
        <source>every value must be a finite number</source>
        <translation>每個值都必須是有限的數字</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/own_samples.py" line="60"/>
        <source>a class is a whole number from 0 to %1</source>
        <translation>類別是 0 到 %1 之間的整數</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/own_samples.py" line="76"/>
        <source>keep at least one sample: a dataset cannot be empty</source>
        <translation>至少保留一個樣本：資料集不能為空</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/own_samples.py" line="92"/>
        <source>some points belong to class %1: delete them first</source>
        <translation>有些點屬於類別 %1：請先刪除它們</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/data/scatter.py" line="261"/>
        <source>Click to add a point of the chosen class; drag points to move them; right-click or Delete removes one.</source>
        <translation>按一下以新增所選類別的點；拖曳點可移動它；按右鍵或按 Delete 刪除一個點。</translation>
    </message>
</context>
<context>
    <name>Datasets</name>
    <message>
        <location filename="../../netbuilder/data/attach.py" line="41"/>
        <location filename="../../netbuilder/data/dataset.py" line="114"/>
        <source>1 feature</source>
        <translation>1 個特徵</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/attach.py" line="41"/>
        <location filename="../../netbuilder/data/dataset.py" line="115"/>
        <source>%1 features</source>
        <translation>%1 個特徵</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/attach.py" line="42"/>
        <source>input layer &apos;%1&apos; resized from %2 to %3 neurons to match %4</source>
        <translation>輸入層「%1」從 %2 個神經元調整為 %3 個，以配合 %4</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/attach.py" line="45"/>
        <source>input layer &apos;%1&apos; no longer shows its inputs as a %2 image</source>
        <translation>輸入層「%1」不再把輸入顯示為 %2 的影像</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/attach.py" line="49"/>
        <source>input layer &apos;%1&apos; now shows its inputs as a %2 image</source>
        <translation>輸入層「%1」現在把輸入顯示為 %2 的影像</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/attach.py" line="57"/>
        <source>output layer &apos;%1&apos; resized from %2 to %3 neurons to match %4</source>
        <translation>輸出層「%1」從 %2 個神經元調整為 %3 個，以配合 %4</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/attach.py" line="62"/>
        <source>it now uses sigmoid, since softmax over a single neuron always gives 1</source>
        <translation>它現在使用 sigmoid，因為對單一神經元做 softmax 總是得到 1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/attach.py" line="66"/>
        <source>it now uses softmax, so its outputs are class probabilities that add up to 1</source>
        <translation>它現在使用 softmax，因此輸出是總和為 1 的類別機率</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/attach.py" line="88"/>
        <source>2 classes (one neuron: 0 for the first class, 1 for the second)</source>
        <translation>2 個類別（一個神經元：第一類為 0，第二類為 1）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/attach.py" line="90"/>
        <location filename="../../netbuilder/data/dataset.py" line="120"/>
        <source>%1 classes</source>
        <translation>%1 個類別</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/attach.py" line="92"/>
        <source>1 target</source>
        <translation>1 個目標</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/attach.py" line="93"/>
        <source>%1 targets</source>
        <translation>%1 個目標</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/builtin.py" line="24"/>
        <source>random seed: the same seed gives the same samples</source>
        <translation>隨機種子：相同的種子產生相同的樣本</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/builtin.py" line="26"/>
        <source>share of the samples kept apart as a test set</source>
        <translation>保留作為測試集的樣本比例</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/builtin.py" line="131"/>
        <source>number of samples (the table&apos;s rows, repeated)</source>
        <translation>樣本數（真值表的列，重複排列）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/builtin.py" line="134"/>
        <source>standard deviation of noise added to the inputs</source>
        <translation>加到輸入上的雜訊的標準差</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/builtin.py" line="159"/>
        <source>XOR</source>
        <translation>XOR</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/builtin.py" line="160"/>
        <source>1 when exactly one input is 1: no single straight line separates the classes</source>
        <translation>恰好一個輸入為 1 時為 1：沒有一條直線能把兩類分開</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/builtin.py" line="161"/>
        <source>AND</source>
        <translation>AND</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/builtin.py" line="162"/>
        <source>1 only when both inputs are 1: a perceptron learns it</source>
        <translation>僅當兩個輸入都為 1 時為 1：感知器可以學會</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/builtin.py" line="163"/>
        <source>OR</source>
        <translation>OR</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/builtin.py" line="164"/>
        <source>1 when either input is 1: a perceptron learns it</source>
        <translation>任一輸入為 1 時為 1：感知器可以學會</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/builtin.py" line="165"/>
        <source>NOT</source>
        <translation>NOT</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/builtin.py" line="166"/>
        <source>flips its one input: a perceptron learns it</source>
        <translation>把唯一的輸入取反：感知器可以學會</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/dataset.py" line="113"/>
        <source>%1: %2 samples</source>
        <translation>%1：%2 個樣本</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/dataset.py" line="117"/>
        <source>1 target (regression)</source>
        <translation>1 個目標（迴歸）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/dataset.py" line="118"/>
        <source>%1 targets (regression)</source>
        <translation>%1 個目標（迴歸）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/dataset.py" line="122"/>
        <source>%1 validation samples</source>
        <translation>%1 個驗證樣本</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/dataset.py" line="124"/>
        <source>%1 test samples</source>
        <translation>%1 個測試樣本</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/generators_2d.py" line="32"/>
        <source>number of samples</source>
        <translation>樣本數</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/generators_2d.py" line="78"/>
        <source>Two Gaussian blobs</source>
        <translation>兩個高斯團</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/generators_2d.py" line="79"/>
        <source>spread of the blobs: variance 0.5 at 0, 4 at 0.5, 7.5 at 1</source>
        <translation>點團的分散程度：0 時變異數為 0.5，0.5 時為 4，1 時為 7.5</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/generators_2d.py" line="81"/>
        <source>two round clouds of points around (2, 2) and (−2, −2): a single straight line separates them</source>
        <translation>圍繞 (2, 2) 和 (−2, −2) 的兩團圓形點雲：一條直線就能把它們分開</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/generators_2d.py" line="97"/>
        <source>Circle in a ring</source>
        <translation>環中之圓</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/generators_2d.py" line="98"/>
        <source>mislabels points near the boundary: positions are jittered by up to noise × 5 before labelling</source>
        <translation>讓邊界附近的點標錯：判定標籤前，點的位置最多抖動 雜訊 × 5</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/generators_2d.py" line="100"/>
        <source>a disc of points (class 1) inside a ring (class 0): no straight line separates them, x1² and x2² do</source>
        <translation>環（類別 0）內的一個圓盤形點集（類別 1）：沒有直線能把它們分開，x1² 和 x2² 可以</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/generators_2d.py" line="117"/>
        <source>Two moons</source>
        <translation>兩個月牙</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/generators_2d.py" line="118"/>
        <source>standard deviation of the jitter, as a share of a moon&apos;s radius</source>
        <translation>抖動的標準差，以月牙半徑的比例表示</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/generators_2d.py" line="120"/>
        <source>two interleaving half circles: a curved boundary separates them</source>
        <translation>兩個交錯的半圓：一條曲線邊界能把它們分開</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/generators_2d.py" line="141"/>
        <source>Spiral</source>
        <translation>螺旋</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/generators_2d.py" line="144"/>
        <source>each point moves by up to ± noise in x1 and in x2</source>
        <translation>每個點在 x1 和 x2 方向上各移動最多 ± 雜訊</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/generators_2d.py" line="145"/>
        <source>number of spiral arms, one class each</source>
        <translation>螺旋臂的數量，每條臂一個類別</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/generators_2d.py" line="148"/>
        <source>interleaved spiral arms, the Playground&apos;s hardest set: it needs several hidden layers or sin features</source>
        <translation>交錯的螺旋臂，Playground 中最難的資料集：需要多個隱藏層或 sin 特徵</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/generators_2d.py" line="176"/>
        <source>XOR plane</source>
        <translation>XOR 平面</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/generators_2d.py" line="177"/>
        <source>mislabels points near the axes: positions are jittered by up to noise × 5 before labelling</source>
        <translation>讓座標軸附近的點標錯：判定標籤前，點的位置最多抖動 雜訊 × 5</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/generators_2d.py" line="179"/>
        <source>the four quadrants: class 1 where x1 and x2 have the same sign; x1·x2 separates them</source>
        <translation>四個象限：x1 與 x2 同號處為類別 1；x1·x2 能把它們分開</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/generators_2d.py" line="197"/>
        <source>Plane (regression)</source>
        <translation>平面（迴歸）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/generators_2d.py" line="198"/>
        <location filename="../../netbuilder/data/generators_2d.py" line="212"/>
        <source>standard deviation of the noise added to the target</source>
        <translation>加到目標上的雜訊的標準差</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/generators_2d.py" line="199"/>
        <source>y = (x1 + x2) / 10: a single linear neuron fits it</source>
        <translation>y = (x1 + x2) / 10：一個線性神經元就能擬合</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/generators_2d.py" line="211"/>
        <source>Sine (regression)</source>
        <translation>正弦（迴歸）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/generators_2d.py" line="213"/>
        <source>y = sin(x) for x in [-6, 6]: a curve that a straight line cannot follow</source>
        <translation>x 在 [-6, 6] 內的 y = sin(x)：一條直線無法跟隨的曲線</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/generators_2d.py" line="236"/>
        <source>Service life (regression)</source>
        <translation>使用壽命（迴歸）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/generators_2d.py" line="237"/>
        <source>standard deviation of the noise added to the service life</source>
        <translation>加到使用壽命上的雜訊的標準差</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/generators_2d.py" line="239"/>
        <source>the tutorial&apos;s example: a part&apos;s length and width (scaled to 0..1) predict its service life</source>
        <translation>教學中的例子：零件的長度和寬度（縮放到 0..1）預測其使用壽命</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/image_sets.py" line="45"/>
        <source>MNIST digits</source>
        <translation>MNIST 手寫數字</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/image_sets.py" line="47"/>
        <source>how many of the 60000 training images to use (a random choice fixed by the seed); fewer train faster</source>
        <translation>使用 60000 張訓練影像中的多少張（由種子固定的隨機選擇）；越少訓練越快</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/image_sets.py" line="49"/>
        <source>70000 handwritten digits of 28 × 28 pixels: 60000 to train on and 10000 to test, 10 classes</source>
        <translation>70000 個 28 × 28 像素的手寫數字：60000 個用於訓練，10000 個用於測試，共 10 個類別</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <location filename="../../netbuilder/ui/editor.py" line="70"/>
        <source>Editing is locked.</source>
        <translation>編輯已鎖定。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/editor.py" line="95"/>
        <source>Unknown palette entry %1.</source>
        <translation>未知的元件項目 %1。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/editor.py" line="98"/>
        <source>Pooling and Flatten layers take their size from their input: drop the neuron on a Dense or Conv2D layer.</source>
        <translation>池化層和 Flatten 層的大小由輸入決定：請把神經元拖到 Dense 或 Conv2D 層上。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/editor.py" line="103"/>
        <source>Add a neuron to “%1”</source>
        <translation>向「%1」新增一個神經元</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/editor.py" line="105"/>
        <source>“%1” now has %2 neurons.</source>
        <translation>「%1」現在有 %2 個神經元。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/editor.py" line="109"/>
        <source>The network already has an input layer; this one is a second input (see the status bar).</source>
        <translation>網路已經有一個輸入層；這個是第二個輸入層（見狀態列）。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/editor.py" line="111"/>
        <source>Neuron</source>
        <translation>神經元</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/editor.py" line="120"/>
        <source>Drop an activation onto a layer to give it that activation.</source>
        <translation>把激活函數拖放到某一層上，即可讓該層使用它。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/editor.py" line="124"/>
        <source>An input layer passes the data on unchanged: drop activations on hidden or output layers.</source>
        <translation>輸入層原樣傳遞資料：請把激活函數放到隱藏層或輸出層上。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/editor.py" line="127"/>
        <source>Pooling and Flatten layers have no activation: drop it on a Dense or Conv2D layer.</source>
        <translation>池化層和 Flatten 層沒有激活函數：請把它拖到 Dense 或 Conv2D 層上。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/editor.py" line="141"/>
        <source>“%1” is already connected to “%2”.</source>
        <translation>「%1」已經連接到「%2」。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/editor.py" line="144"/>
        <source>Data enters at the input layer: connect from it, not into it.</source>
        <translation>資料從輸入層進入：請從它連出，而不是連入它。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/editor.py" line="150"/>
        <source>This connection closes a loop; see the status bar.</source>
        <translation>這條連接會形成迴圈；見狀態列。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/editor.py" line="161"/>
        <source>Arrange layers left to right</source>
        <translation>從左到右排列各層</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/editor.py" line="175"/>
        <source>Delete %1 items</source>
        <translation>刪除 %1 項</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/editor.py" line="198"/>
        <location filename="../../netbuilder/ui/editor.py" line="206"/>
        <source>A weight must be a finite number.</source>
        <translation>權重必須是有限的數字。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/editor.py" line="212"/>
        <source>Set a weight of filter %1 to %2</source>
        <translation>把卷積核 %1 的一個權重設為 %2</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/editor.py" line="217"/>
        <source>A bias must be a finite number.</source>
        <translation>偏置必須是有限的數字。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/editor.py" line="228"/>
        <source>Re-initialize weights “%1” → “%2”</source>
        <translation>重新初始化權重「%1」→「%2」</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/editor.py" line="265"/>
        <source>Copied %1 layer(s).</source>
        <translation>已複製 %1 個層。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/editor.py" line="272"/>
        <source>The clipboard holds no layers.</source>
        <translation>剪貼簿中沒有層。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/editor.py" line="294"/>
        <source>Cannot paste: %1</source>
        <translation>無法貼上：%1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/editor.py" line="296"/>
        <source>Paste %1 layer(s)</source>
        <translation>貼上 %1 個層</translation>
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
        <translation>手算範例</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="192"/>
        <source>A part&apos;s length (0.1) and width (0.2) predict its service life. One step of gradient descent with learning rate 0.5 on this one sample is the tutorial&apos;s worked example: prediction 0.867, target 1. Open the walkthrough to follow every number.</source>
        <translation>由零件的長度（0.1）和寬度（0.2）預測它的使用壽命。在這一個樣本上以學習率 0.5 做一步梯度下降，就是教學中的手算範例：預測 0.867，目標 1。開啟逐步講解，跟著看每一個數。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="196"/>
        <source>Input (length, width)</source>
        <translation>輸入（長度、寬度）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="197"/>
        <source>Hidden</source>
        <translation>隱藏</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="198"/>
        <source>Output (service life)</source>
        <translation>輸出（使用壽命）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="199"/>
        <source>XOR</source>
        <translation>XOR</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="200"/>
        <source>XOR: 1 when exactly one input is 1. A hidden layer bends the decision boundary so it can be learned.</source>
        <translation>XOR：恰好一個輸入為 1 時輸出 1。隱藏層讓決策邊界彎曲，這樣才能學會它。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="202"/>
        <source>Input</source>
        <translation>輸入</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="203"/>
        <source>Output</source>
        <translation>輸出</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="204"/>
        <source>Perceptron (AND)</source>
        <translation>感知器（AND）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="205"/>
        <source>Perceptron (OR)</source>
        <translation>感知器（OR）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="206"/>
        <source>Perceptron (NOT)</source>
        <translation>感知器（NOT）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="207"/>
        <source>Perceptron (XOR)</source>
        <translation>感知器（XOR）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="208"/>
        <source>Rosenblatt&apos;s perceptron learns the AND truth table in a few epochs.</source>
        <translation>Rosenblatt 感知器在幾輪之內學會 AND 真值表。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="209"/>
        <source>Rosenblatt&apos;s perceptron learns the OR truth table in a few epochs.</source>
        <translation>Rosenblatt 感知器在幾輪之內學會 OR 真值表。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="210"/>
        <source>Rosenblatt&apos;s perceptron learns the NOT truth table in a few epochs.</source>
        <translation>Rosenblatt 感知器在幾輪之內學會 NOT 真值表。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="211"/>
        <source>A single perceptron cannot learn XOR: no straight line separates its classes. Train it and watch it fail; then open xor.nbn, which has a hidden layer.</source>
        <translation>單個感知器學不會 XOR：沒有一條直線能把它的兩類分開。訓練它，看它失敗；然後開啟帶有隱藏層的 xor.nbn。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="213"/>
        <source>MNIST MLP</source>
        <translation>MNIST 多層感知器</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="214"/>
        <source>The tutorial&apos;s Keras MNIST model: 784-128-64-10 with ReLU and softmax, Adam, categorical cross-entropy, 5 epochs of batch 32 with 20% of the training images held out for validation. Keras reports test accuracy 0.9741.</source>
        <translation>教學中的 Keras MNIST 模型：784-128-64-10，ReLU 與 softmax，Adam，分類交叉熵，批次 32 訓練 5 輪，保留 20% 的訓練影像用於驗證。Keras 回報的測試準確率為 0.9741。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="217"/>
        <source>Flatten (28×28)</source>
        <translation>展平（28×28）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="218"/>
        <source>Dense 128</source>
        <translation>全連接 128</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="219"/>
        <source>Dense 64</source>
        <translation>全連接 64</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="220"/>
        <source>Digits</source>
        <translation>數字</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="221"/>
        <source>MNIST CNN</source>
        <translation>MNIST 卷積神經網路</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="222"/>
        <source>A small convolutional network (卷积神经网络) for MNIST: Conv2D 16 3×3 → MaxPooling 2 → Conv2D 32 3×3 → MaxPooling 2 → Flatten → Dense 64 (dropout 0.25) → Dense 10 softmax, Adam, batch 32, 10 epochs with 10% of the training images held out for validation. About 0.99 test accuracy.</source>
        <translation>用於 MNIST 的小型卷積神經網路：Conv2D 16 3×3 → MaxPooling 2 → Conv2D 32 3×3 → MaxPooling 2 → Flatten → Dense 64（dropout 0.25）→ Dense 10 softmax，Adam，批次 32，訓練 10 輪，保留 10% 的訓練影像用於驗證。測試準確率約 0.99。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="226"/>
        <source>Image 28×28</source>
        <translation>影像 28×28</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="227"/>
        <source>Conv 16</source>
        <translation>卷積 16</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="228"/>
        <source>Pool 1</source>
        <translation>池化 1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="229"/>
        <source>Conv 32</source>
        <translation>卷積 32</translation>
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
        <translation>畫布是空的：沒有可匯出的內容。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="102"/>
        <location filename="../../netbuilder/ui/export_actions.py" line="121"/>
        <location filename="../../netbuilder/ui/export_actions.py" line="128"/>
        <source>Cannot write %1.</source>
        <translation>無法寫入 %1。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="118"/>
        <source>A network drawn by NetBuilder</source>
        <translation>由 NetBuilder 繪製的網路</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="148"/>
        <source>The network cannot be replaced right now.</source>
        <translation>現在無法取代網路。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="166"/>
        <source>&amp;Export</source>
        <translation>匯出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="168"/>
        <source>&amp;ONNX…</source>
        <translation>ONNX(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="169"/>
        <source>&amp;PyTorch code…</source>
        <translation>PyTorch 程式碼(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="170"/>
        <source>&amp;Keras code…</source>
        <translation>Keras 程式碼(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="172"/>
        <source>Canvas as P&amp;NG…</source>
        <translation>畫布匯出為 PNG(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="173"/>
        <source>Canvas as &amp;SVG…</source>
        <translation>畫布匯出為 SVG(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="174"/>
        <source>&amp;Copy canvas image</source>
        <translation>複製畫布影像(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="176"/>
        <source>Run as &amp;Animation…</source>
        <translation>訓練過程動畫(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="177"/>
        <source>The decision boundary and the loss curve of the recorded run, moment by moment, as an animated GIF for slides</source>
        <translation>把記錄下的訓練過程（決策邊界和損失曲線）逐個時刻做成 GIF 動畫，用於投影片</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="179"/>
        <source>&amp;Import ONNX…</source>
        <translation>匯入 ONNX(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="229"/>
        <source>%1

The network is still open; nothing was lost.</source>
        <translation>%1

網路仍處於開啟狀態；沒有遺失任何內容。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="235"/>
        <source>Exported %1.</source>
        <translation>已匯出 %1。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="240"/>
        <source>Export as ONNX</source>
        <translation>匯出為 ONNX</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="241"/>
        <source>Export as PyTorch code</source>
        <translation>匯出為 PyTorch 程式碼</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="242"/>
        <source>Export as Keras code</source>
        <translation>匯出為 Keras 程式碼</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="250"/>
        <location filename="../../netbuilder/ui/export_actions.py" line="267"/>
        <location filename="../../netbuilder/ui/export_actions.py" line="280"/>
        <location filename="../../netbuilder/ui/export_actions.py" line="313"/>
        <source>Cannot export</source>
        <translation>無法匯出</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="257"/>
        <source>Export canvas as PNG</source>
        <translation>將畫布匯出為 PNG</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="258"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 影像 (*.png)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="260"/>
        <source>Export canvas as SVG</source>
        <translation>將畫布匯出為 SVG</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="261"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 向量圖 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="281"/>
        <source>There is no recorded run to animate: train the network in the window first (every run is recorded).</source>
        <translation>沒有可做成動畫的記錄：請先在視窗中訓練網路（每次訓練都會被記錄）。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="285"/>
        <source>MP4 videos (*.mp4)</source>
        <translation>MP4 影片 (*.mp4)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="290"/>
        <location filename="../../netbuilder/ui/export_actions.py" line="297"/>
        <source>Export run as animation</source>
        <translation>匯出訓練過程動畫</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="284"/>
        <source>GIF animations (*.gif)</source>
        <translation>GIF 動畫 (*.gif)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="294"/>
        <source>Drawing the run&apos;s moments…</source>
        <translation>正在繪製訓練過程的各個時刻…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="294"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="304"/>
        <source>Drawing frame %1 of %2…</source>
        <translation>正在繪製第 %1 / %2 幀…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="317"/>
        <source>Animation cancelled: nothing was written.</source>
        <translation>動畫已取消：未寫入任何檔案。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="328"/>
        <source>Canvas image copied.</source>
        <translation>已複製畫布影像。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="332"/>
        <source>Import ONNX model</source>
        <translation>匯入 ONNX 模型</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="334"/>
        <source>ONNX models (*.onnx);;All files (*)</source>
        <translation>ONNX 模型 (*.onnx);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="340"/>
        <source>Cannot import</source>
        <translation>無法匯入</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="344"/>
        <source>Imported %1. Save it to keep it.</source>
        <translation>已匯入 %1。請儲存以保留它。</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <location filename="../../netbuilder/ui/guide.py" line="21"/>
        <source>Open an example</source>
        <translation>開啟一個範例</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/guide.py" line="22"/>
        <source>File → Examples → XOR opens a small network that learns XOR. File → New offers the same networks and an empty canvas; File → Open reads a .nbn file of your own.</source>
        <translation>檔案 → 範例 → XOR 開啟一個學習 XOR 的小型網路。檔案 → 新增提供同樣的網路和一張空白畫布；檔案 → 開啟讀取你自己的 .nbn 檔案。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/guide.py" line="24"/>
        <source>Read the network</source>
        <translation>讀懂網路</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/guide.py" line="25"/>
        <source>Inputs are on the left, the output on the right. Blue edges are positive weights, orange ones negative, and a thicker edge is a larger weight; the small “b” tag on a neuron is its bias. Double-click a neuron or an edge to type a bias or a weight.</source>
        <translation>輸入在左邊，輸出在右邊。藍色的邊是正權重，橙色的是負權重，邊越粗權重越大；神經元上的小「b」標籤是它的偏置。按兩下神經元或邊，可以輸入偏置或權重。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/guide.py" line="28"/>
        <source>Choose the data</source>
        <translation>選擇資料</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/guide.py" line="29"/>
        <source>The Data panel below the canvas (Data → Choose Dataset…) shows what the network learns from: pick a built-in set such as circles or the spiral, import a CSV file, or click on the plane to draw your own points.</source>
        <translation>畫布下方的資料面板（資料 → 選擇資料集…）顯示網路從什麼中學習：選一個內建資料集，例如環形或螺旋，匯入 CSV 檔案，或者在平面上點擊畫出你自己的點。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/guide.py" line="32"/>
        <source>Train and watch</source>
        <translation>訓練並觀察</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/guide.py" line="33"/>
        <source>In the Training panel on the left, press Start (Ctrl+T). Choose a Speed such as “10 epochs a second” to watch the network learn; Pause, Step (one mini-batch) and Stop act at once, and Epochs ∞ trains until you stop it. The learning rate can change while it runs.</source>
        <translation>在左邊的訓練面板中按「開始」（Ctrl+T）。選擇一個速度，例如「每秒 10 輪」，就能看著網路學習；「暫停」「單步」（一個小批次）和「停止」立即生效，輪次選 ∞ 則一直訓練到你停止為止。學習率可以在訓練進行時修改。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/guide.py" line="37"/>
        <source>Read the panels</source>
        <translation>讀懂各個面板</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/guide.py" line="38"/>
        <source>Loss shows the loss falling epoch by epoch, Decision boundary how the network separates the classes, Metrics the confusion matrix (or R²) of the training and test data. View → Panels brings back a panel you closed.</source>
        <translation>損失面板顯示損失一輪一輪地下降，決策邊界顯示網路如何把各類分開，指標顯示訓練資料和測試資料的混淆矩陣（或 R²）。檢視 → 面板可以找回關掉的面板。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/guide.py" line="41"/>
        <source>Follow one step by hand</source>
        <translation>親手跟一步</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/guide.py" line="42"/>
        <source>View → Walkthrough (F6) goes through one training step value by value: the forward pass, the loss, backpropagation with the chain rule, and the update of every weight. Apply update puts the new weights into the network.</source>
        <translation>檢視 → 逐步講解（F6）逐個數值地走完一個訓練步：前向傳播、損失、用連鎖律的反向傳播，以及每個權重的更新。「套用更新」把新的權重放進網路。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/guide.py" line="45"/>
        <source>Build your own</source>
        <translation>搭建你自己的網路</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/guide.py" line="46"/>
        <source>Drag Input, Dense and Output layers from the Palette onto the canvas, then drag from a layer&apos;s port (the small arrow) to the next layer to connect them. The Inspector edits what is selected: size, activation, bias. Ctrl+Z undoes any edit.</source>
        <translation>從元件面板把輸入層、全連接層和輸出層拖到畫布上，再從一層的連接埠（小箭頭）拖到下一層，把它們連起來。屬性面板編輯選取的內容：大小、激活函數、偏置。Ctrl+Z 可以復原任何編輯。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/guide.py" line="49"/>
        <source>Save and present</source>
        <translation>儲存與簡報</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/guide.py" line="50"/>
        <source>File → Save (Ctrl+S) writes the network with its training history. In class, F5 switches to presentation mode: larger text and every value on the canvas.</source>
        <translation>檔案 → 儲存（Ctrl+S）把網路連同它的訓練歷史一起寫入檔案。上課時按 F5 切換到簡報模式：文字更大，畫布上顯示每一個數值。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/guide.py" line="57"/>
        <source>Getting started with NetBuilder</source>
        <translation>NetBuilder 入門</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/guide.py" line="58"/>
        <source>Eight steps from opening a network to understanding how it learns.</source>
        <translation>從開啟一個網路到理解它如何學習，共八步。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/guide.py" line="72"/>
        <source>Getting started</source>
        <translation>入門</translation>
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
        <translation>常數</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/catalog.py" line="226"/>
        <source>Uniform</source>
        <translation>均勻分佈</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/catalog.py" line="232"/>
        <source>Normal</source>
        <translation>常態分佈</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/catalog.py" line="236"/>
        <source>Glorot (Xavier) uniform</source>
        <translation>Glorot（Xavier）均勻分佈</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/catalog.py" line="238"/>
        <source>Glorot (Xavier) normal</source>
        <translation>Glorot（Xavier）常態分佈</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/catalog.py" line="239"/>
        <source>He uniform</source>
        <translation>He 均勻分佈</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/catalog.py" line="240"/>
        <source>He normal</source>
        <translation>He 常態分佈</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="81"/>
        <location filename="../../netbuilder/ui/inspector.py" line="145"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="84"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="89"/>
        <source>Loss</source>
        <translation>損失函數</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="91"/>
        <source>float64 (exact, default)</source>
        <translation>float64（精確，預設）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="92"/>
        <source>float32 (faster on big data)</source>
        <translation>float32（大量資料時較快）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="94"/>
        <source>Numbers</source>
        <translation>數值</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="98"/>
        <source>Select a layer or a connection on the canvas to see its settings.</source>
        <translation>在畫布上選取一個層或一條連接以檢視其設定。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="111"/>
        <source>%1 layers, %2 connections, %3 parameters</source>
        <translation>%1 個層，%2 條連接，%3 個參數</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="118"/>
        <source>Rename network</source>
        <translation>重新命名網路</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="123"/>
        <source>Edit description</source>
        <translation>編輯描述</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="128"/>
        <source>Set loss to %1</source>
        <translation>將損失函數設為 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="133"/>
        <source>Compute in %1</source>
        <translation>以 %1 計算</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="147"/>
        <location filename="../../netbuilder/ui/inspector.py" line="221"/>
        <source>Input</source>
        <translation>輸入層</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="148"/>
        <source>Hidden</source>
        <translation>隱藏層</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="149"/>
        <location filename="../../netbuilder/ui/inspector.py" line="176"/>
        <source>Output</source>
        <translation>輸出層</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="152"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="154"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="159"/>
        <location filename="../../netbuilder/ui/inspector.py" line="223"/>
        <source>Neurons</source>
        <translation>神經元</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="163"/>
        <location filename="../../netbuilder/ui/inspector.py" line="225"/>
        <source>Kernel size</source>
        <translation>卷積核大小</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="166"/>
        <source>Strides</source>
        <translation>步幅</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="169"/>
        <source>valid (whole windows only)</source>
        <translation>valid（只用完整的視窗）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="170"/>
        <source>same (pad to keep the size)</source>
        <translation>same（填補以保持大小）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="173"/>
        <source>Padding</source>
        <translation>填補</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="180"/>
        <source>Activation</source>
        <translation>激活函數</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="189"/>
        <source>Add a bias to each neuron</source>
        <translation>為每個神經元加上偏置</translation>
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
        <translation>初始權重</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="203"/>
        <source>Image</source>
        <translation>影像</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="204"/>
        <source>Draw new incoming weights</source>
        <translation>重新抽取輸入權重</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="207"/>
        <source>Biases (double-click a value to edit)</source>
        <translation>偏置（按兩下數值以編輯）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="222"/>
        <source>Filters</source>
        <translation>卷積核數</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="226"/>
        <source>Pool size</source>
        <translation>池化視窗大小</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="251"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="285"/>
        <source>Another layer is already called “%1”.</source>
        <translation>已有另一個層叫「%1」。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="307"/>
        <source>Draw new weights into “%1”</source>
        <translation>為「%1」重新抽取輸入權重</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="340"/>
        <source>Weight</source>
        <translation>權重</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="351"/>
        <source>Draw new weights</source>
        <translation>重新抽取權重</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="353"/>
        <source>Delete connection</source>
        <translation>刪除連接</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="374"/>
        <source>%1 × %2 weights: row = neuron of “%3”, column = neuron of “%4”.</source>
        <translation>%1 × %2 個權重：列 = 「%3」的神經元，欄 = 「%4」的神經元。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="376"/>
        <source>%1 edges removed (in brackets).</source>
        <translation>已移除 %1 條邊（顯示在括號中）。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="392"/>
        <source>Edge from neuron %1 of “%2” to neuron %3 of “%4”</source>
        <translation>從「%2」的神經元 %1 到「%4」的神經元 %3 的邊</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="395"/>
        <source>Remove this edge</source>
        <translation>移除這條邊</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="395"/>
        <source>Restore this edge</source>
        <translation>還原這條邊</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="404"/>
        <source>No weights: “%1” pools or flattens what “%2” gives.</source>
        <translation>沒有權重：「%1」對「%2」的輸出做池化或攤平。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="410"/>
        <source>%1 filters, each %2×%3 over %4 channels: row = kernel position (row, column, channel), column = filter.</source>
        <translation>%1 個卷積核，每個 %2×%3，涵蓋 %4 個通道：列 = 卷積核中的位置（列、行、通道），行 = 卷積核。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="418"/>
        <source>filter %1</source>
        <translation>卷積核 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="429"/>
        <source>“%1” is not a number.</source>
        <translation>「%1」不是數字。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/inspector.py" line="517"/>
        <source>%1 items selected. Delete removes them; Ctrl+C copies the layers.</source>
        <translation>已選取 %1 項。Delete 刪除它們；Ctrl+C 複製其中的層。</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../netbuilder/ui/language_menu.py" line="24"/>
        <source>System default (%1)</source>
        <translation>跟隨系統（%1）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/language_menu.py" line="32"/>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/language_menu.py" line="67"/>
        <source>NetBuilder is shown in %1.</source>
        <translation>NetBuilder 正以%1顯示。</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <location filename="../../netbuilder/lessons/goals.py" line="86"/>
        <source>Accuracy at least %1</source>
        <translation>準確率至少 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/goals.py" line="89"/>
        <source>Loss (%2) at most %1</source>
        <translation>損失（%2）至多 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/goals.py" line="90"/>
        <source>Loss at most %1</source>
        <translation>損失至多 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/goals.py" line="92"/>
        <source>Hidden neurons</source>
        <translation>隱藏層神經元</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/goals.py" line="93"/>
        <source>Hidden layers</source>
        <translation>隱藏層</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/goals.py" line="94"/>
        <source>Parameters</source>
        <translation>參數</translation>
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
        <translation>輸入 (%1) 時輸出為 %2（± %3）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/goals.py" line="105"/>
        <source>The right outputs for %1 inputs (± %2)</source>
        <translation>%1 個輸入都得到正確輸出（± %2）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/goals.py" line="107"/>
        <source>Weight %1 is %2 (± %3)</source>
        <translation>權重 %1 為 %2（± %3）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/goals.py" line="110"/>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="134"/>
        <source>Solved by hand, without training</source>
        <translation>手算完成，不經訓練</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/goals.py" line="112"/>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="135"/>
        <source>The walkthrough stepped to its last step</source>
        <translation>逐步講解走到了最後一步</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/goals.py" line="204"/>
        <source>there is no data to measure on</source>
        <translation>沒有可用於測量的資料</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/goals.py" line="240"/>
        <source>cannot be measured: %1</source>
        <translation>無法測量：%1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/goals.py" line="250"/>
        <source>the data is not for classification, so there is no accuracy</source>
        <translation>這些資料不是分類資料，所以沒有準確率</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/goals.py" line="252"/>
        <source>%1 on the test data</source>
        <translation>測試資料上為 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/goals.py" line="253"/>
        <source>%1 on the training data</source>
        <translation>訓練資料上為 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/goals.py" line="271"/>
        <source>the network gives %1 outputs, the goal expects %2</source>
        <translation>網路給出 %1 個輸出，目標需要 %2 個</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/goals.py" line="276"/>
        <source>the output is %1</source>
        <translation>輸出為 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/goals.py" line="277"/>
        <source>%1 of %2 right</source>
        <translation>%2 個中對了 %1 個</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/goals.py" line="282"/>
        <source>the network has no weight %1</source>
        <translation>網路中沒有權重 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/goals.py" line="285"/>
        <source>%1 is %2</source>
        <translation>%1 為 %2</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/goals.py" line="289"/>
        <source>no training run</source>
        <translation>沒有訓練過</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/goals.py" line="290"/>
        <source>the network was trained (%1 runs): undo the training or reset the lesson, then type the values</source>
        <translation>網路已經訓練過（%1 次）：復原訓練或重設本課，然後手動輸入數值</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/goals.py" line="294"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/goals.py" line="294"/>
        <source>not yet (F6 opens it)</source>
        <translation>尚未完成（按 F6 開啟）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="29"/>
        <source>layers, connections and single edges (adding or removing them)</source>
        <translation>層、連接和單條邊（新增或刪除）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="30"/>
        <source>the number of neurons of a layer</source>
        <translation>層的神經元數</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="31"/>
        <source>the activation functions</source>
        <translation>激活函數</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="32"/>
        <source>dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="33"/>
        <source>weights and biases</source>
        <translation>權重和偏置</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="34"/>
        <source>the loss function</source>
        <translation>損失函數</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="35"/>
        <source>the optimizer and its settings</source>
        <translation>優化器及其設定</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="36"/>
        <source>the learning rate</source>
        <translation>學習率</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="37"/>
        <source>the batch size</source>
        <translation>批次大小</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="38"/>
        <source>the number of epochs</source>
        <translation>訓練輪數</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="39"/>
        <source>the L1 and L2 penalties</source>
        <translation>L1 和 L2 正則化懲罰</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="40"/>
        <source>the validation split</source>
        <translation>驗證集比例</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="41"/>
        <source>the seed and shuffling</source>
        <translation>隨機種子和打亂順序</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="42"/>
        <source>the stopping rules (target loss, early stopping)</source>
        <translation>停止規則（目標損失、提前停止）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="43"/>
        <source>the data</source>
        <translation>資料</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="48"/>
        <source>Palette</source>
        <translation>元件</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="49"/>
        <source>Inspector</source>
        <translation>屬性</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="50"/>
        <source>Training</source>
        <translation>訓練</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="51"/>
        <source>Data</source>
        <translation>資料</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="52"/>
        <source>Loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="53"/>
        <source>Gradient flow</source>
        <translation>梯度流</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="54"/>
        <source>Replay timeline</source>
        <translation>回放時間軸</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="55"/>
        <source>Metrics</source>
        <translation>指標</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="56"/>
        <source>Activation function</source>
        <translation>激活函數</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="57"/>
        <source>Decision boundary</source>
        <translation>決策邊界</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="58"/>
        <source>Weights</source>
        <translation>權重</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="59"/>
        <source>Activations</source>
        <translation>激活值</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="60"/>
        <source>Filters</source>
        <translation>卷積核</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="61"/>
        <source>Feature maps</source>
        <translation>特徵圖</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="62"/>
        <source>Walkthrough</source>
        <translation>逐步講解</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="129"/>
        <source>You may change only: %1.</source>
        <translation>你只能改變：%1。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="130"/>
        <source>Nothing can be changed in this lesson.</source>
        <translation>本課中什麼都不能改變。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="132"/>
        <source>Locked: %1.</source>
        <translation>已鎖定：%1。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="135"/>
        <source>At most %1 hidden neurons.</source>
        <translation>隱藏層神經元最多 %1 個。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="137"/>
        <source>At most %1 hidden layers.</source>
        <translation>隱藏層最多 %1 個。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="237"/>
        <source>Locked by the lesson: %1.</source>
        <translation>本課鎖定了：%1。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="253"/>
        <source>The lesson allows at most %1 hidden neurons; this change would make %2.</source>
        <translation>本課最多允許 %1 個隱藏層神經元；這個改動會變成 %2 個。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="259"/>
        <source>The lesson allows at most %1 hidden layers; this change would make %2.</source>
        <translation>本課最多允許 %1 個隱藏層；這個改動會變成 %2 個。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="279"/>
        <source>Changed although the lesson locks it: %1.</source>
        <translation>改動了本課鎖定的內容：%1。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="283"/>
        <source>%1 hidden neurons, more than the %2 the lesson allows.</source>
        <translation>%1 個隱藏層神經元，多於本課允許的 %2 個。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/lessons/locks.py" line="287"/>
        <source>%1 hidden layers, more than the %2 the lesson allows.</source>
        <translation>%1 個隱藏層，多於本課允許的 %2 個。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/__init__.py" line="35"/>
        <source>Lesson</source>
        <translation>課程</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/__init__.py" line="45"/>
        <source>&amp;Lessons…</source>
        <translation>課程(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/__init__.py" line="53"/>
        <source>Save as &amp;Lesson…</source>
        <translation>另存為課程(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/__init__.py" line="107"/>
        <source>Save lesson</source>
        <translation>儲存課程</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/__init__.py" line="115"/>
        <source>Cannot save the lesson</source>
        <translation>無法儲存課程</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/__init__.py" line="116"/>
        <source>The lesson “%1” could not be written.</source>
        <translation>無法寫入課程「%1」。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/__init__.py" line="119"/>
        <source>Saved the lesson %1.</source>
        <translation>已儲存課程 %1。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/controller.py" line="123"/>
        <source>Cannot open lesson</source>
        <translation>無法開啟課程</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/controller.py" line="124"/>
        <source>“%1” could not be opened: it is not a lesson file NetBuilder can read, or it is damaged.</source>
        <translation>無法開啟「%1」：它不是 NetBuilder 能讀取的課程檔案，或者已損壞。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/controller.py" line="145"/>
        <source>Lesson: %1</source>
        <translation>課程：%1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/controller.py" line="227"/>
        <source>The lesson “%1” is closed: the open network is not from it.</source>
        <translation>課程「%1」已關閉：開啟的網路不屬於這門課程。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="49"/>
        <source>Lessons</source>
        <translation>課程</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="65"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="76"/>
        <source>Open a Lesson &amp;File…</source>
        <translation>開啟課程檔案(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="100"/>
        <source>Open lesson</source>
        <translation>開啟課程</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="112"/>
        <source>NetBuilder lessons (*.json)</source>
        <translation>NetBuilder 課程 (*.json)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="112"/>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="129"/>
        <source>Accuracy at least</source>
        <translation>準確率至少</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="130"/>
        <source>Loss at most</source>
        <translation>損失至多</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="131"/>
        <source>Hidden neurons at most</source>
        <translation>隱藏層神經元至多</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="132"/>
        <source>Hidden layers at least</source>
        <translation>隱藏層至少</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="133"/>
        <source>Parameters at most</source>
        <translation>參數至多</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="150"/>
        <source>Save as Lesson</source>
        <translation>另存為課程</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="161"/>
        <source>Short name (id)</source>
        <translation>簡稱（id）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="170"/>
        <source>Title (%1)</source>
        <translation>標題（%1）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="173"/>
        <source>What to do, in Markdown: **bold**, *italic*, lists with -</source>
        <translation>要做什麼，用 Markdown 書寫：**粗體**、*斜體*、用 - 開頭的清單</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="176"/>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="177"/>
        <source>Text</source>
        <translation>內文</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="183"/>
        <source>Lock the checked controls</source>
        <translation>鎖定勾選的項目</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="184"/>
        <source>Leave only the checked controls editable</source>
        <translation>只允許修改勾選的項目</translation>
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
        <translation>隱藏層神經元數上限</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="208"/>
        <source>At most this many hidden layers</source>
        <translation>隱藏層數上限</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="210"/>
        <source>Panels to hide (they stay in View → Panels)</source>
        <translation>要隱藏的面板（仍可在 檢視 → 面板 中開啟）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="220"/>
        <source>Controls</source>
        <translation>鎖定</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="242"/>
        <source>Goals on outputs or a single weight can be written into the file (see docs/lessons.md).</source>
        <translation>關於輸出或單個權重的目標可以直接寫進檔案（見 docs/lessons.md）。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="248"/>
        <location filename="../../netbuilder/ui/lessons/panel.py" line="51"/>
        <source>Goals</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="265"/>
        <source>Give the lesson a title.</source>
        <translation>請給課程一個標題。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="268"/>
        <source>The short name may hold only lower-case letters, digits, - and _.</source>
        <translation>簡稱只能包含小寫字母、數字、- 和 _。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="283"/>
        <source>Choose at least one goal.</source>
        <translation>請至少選擇一個目標。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/dialogs.py" line="298"/>
        <source>The starting network already meets every goal: the students would have nothing to do. Change a goal, or the network.</source>
        <translation>起始網路已經達到所有目標：學生將無事可做。請修改目標或網路。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/panel.py" line="77"/>
        <source>◀ Previous</source>
        <translation>◀ 上一課</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/panel.py" line="80"/>
        <source>Reset this lesson</source>
        <translation>重設本課</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/panel.py" line="82"/>
        <source>Start this lesson again from its network</source>
        <translation>從本課的起始網路重新開始</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/panel.py" line="84"/>
        <source>Next ▶</source>
        <translation>下一課 ▶</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/panel.py" line="92"/>
        <source>All lessons…</source>
        <translation>所有課程…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/panel.py" line="95"/>
        <source>Close lesson</source>
        <translation>關閉課程</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/panel.py" line="97"/>
        <source>Leave the lesson: the network stays, nothing is locked</source>
        <translation>離開課程：網路保留，不再鎖定任何內容</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/panel.py" line="120"/>
        <source>No lesson open</source>
        <translation>沒有開啟的課程</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/panel.py" line="121"/>
        <source>Help → Lessons lists the lessons: each starts from a network, says what to do, and checks your goals as you work.</source>
        <translation>說明 → 課程 列出所有課程：每門課從一個網路開始，說明要做什麼，並在你操作時檢查目標。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/panel.py" line="125"/>
        <source>Lesson %1 of %2</source>
        <translation>第 %1 課，共 %2 課</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/panel.py" line="126"/>
        <source>Lesson from a file</source>
        <translation>來自檔案的課程</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/panel.py" line="146"/>
        <source>All goals met: well done! Go on with the next lesson.</source>
        <translation>所有目標都已達到：做得好！繼續下一課吧。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/lessons/panel.py" line="147"/>
        <source>All goals met: well done!</source>
        <translation>所有目標都已達到：做得好！</translation>
    </message>
</context>
<context>
    <name>Losses</name>
    <message>
        <location filename="../../netbuilder/model/catalog.py" line="125"/>
        <source>Mean squared error</source>
        <translation>均方誤差</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/catalog.py" line="131"/>
        <source>Half sum of squared errors</source>
        <translation>誤差平方和的一半</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/catalog.py" line="137"/>
        <source>Mean absolute error</source>
        <translation>平均絕對誤差</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/catalog.py" line="143"/>
        <source>Binary cross-entropy</source>
        <translation>二元交叉熵</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/catalog.py" line="149"/>
        <source>Categorical cross-entropy</source>
        <translation>分類交叉熵</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/catalog.py" line="155"/>
        <source>Hinge</source>
        <translation>鉸鏈損失</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../netbuilder/ui/app.py" line="163"/>
        <location filename="../../netbuilder/ui/main_window.py" line="571"/>
        <source>Cannot open file</source>
        <translation>無法開啟檔案</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/app.py" line="164"/>
        <location filename="../../netbuilder/ui/main_window.py" line="572"/>
        <source>“%1” could not be opened: it is not a network file NetBuilder can read, or it is damaged. The network on screen stays as it was.</source>
        <translation>無法開啟「%1」：它不是 NetBuilder 能讀取的網路檔案，或者已經損壞。螢幕上的網路保持原樣。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/export_actions.py" line="193"/>
        <location filename="../../netbuilder/ui/main_window.py" line="245"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="58"/>
        <source>NetBuilder networks (*.nbn)</source>
        <translation>NetBuilder 網路 (*.nbn)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="58"/>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="66"/>
        <source>New network</source>
        <translation>新增網路</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="68"/>
        <source>Start from:</source>
        <translation>從以下開始：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="93"/>
        <source>An empty canvas.</source>
        <translation>空白畫布。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="173"/>
        <source>Palette</source>
        <translation>元件</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="178"/>
        <source>Inspector</source>
        <translation>屬性</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="200"/>
        <source>&amp;New…</source>
        <translation>新增(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="201"/>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="202"/>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="203"/>
        <source>Save &amp;As…</source>
        <translation>另存新檔(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="205"/>
        <source>Save Run &amp;Recordings (up to %1)</source>
        <translation>儲存訓練記錄(&amp;R)（最多 %1）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="208"/>
        <source>Save and Save As also write each run&apos;s recording, so the timeline can replay it when the file is opened again</source>
        <translation>「儲存」和「另存新檔」也寫入每次訓練的記錄，再次開啟檔案時時間軸可以回放</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="211"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="212"/>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="215"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="218"/>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="219"/>
        <source>Cu&amp;t</source>
        <translation>剪下(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="220"/>
        <source>&amp;Paste</source>
        <translation>貼上(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="221"/>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="223"/>
        <source>Select &amp;All</source>
        <translation>全選(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="224"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="226"/>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="228"/>
        <source>&amp;Fit to Window</source>
        <translation>符合視窗大小(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="230"/>
        <source>&amp;Arrange Layers</source>
        <translation>排列各層(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="232"/>
        <source>Show &amp;Weight Values</source>
        <translation>顯示權重數值(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="234"/>
        <source>Show &amp;Legend</source>
        <translation>顯示圖例(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="237"/>
        <source>&amp;Presentation Mode</source>
        <translation>簡報模式(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="239"/>
        <source>&amp;About NetBuilder</source>
        <translation>關於 NetBuilder(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="240"/>
        <source>&amp;Getting Started</source>
        <translation>入門(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="248"/>
        <source>Open &amp;Recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="250"/>
        <source>E&amp;xamples</source>
        <translation>範例(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="264"/>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="268"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="271"/>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="275"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="280"/>
        <source>Main toolbar</source>
        <translation>主工具列</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="315"/>
        <source>&amp;Train</source>
        <translation>訓練(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="317"/>
        <source>&amp;Start training</source>
        <translation>開始訓練(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="319"/>
        <source>&amp;Pause / resume</source>
        <translation>暫停 / 繼續(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="321"/>
        <source>Train one &amp;step</source>
        <translation>訓練一步(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="323"/>
        <source>S&amp;top training</source>
        <translation>停止訓練(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="325"/>
        <source>&amp;Reset weights</source>
        <translation>重設權重(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="473"/>
        <source>Select layers, connections or edges to delete.</source>
        <translation>請選取要刪除的層、連接或邊。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="480"/>
        <source>%1 (not saved yet)</source>
        <translation>%1（尚未儲存）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="490"/>
        <source>Edit bias</source>
        <translation>編輯偏置</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="491"/>
        <source>Bias of neuron %1 of “%2”:</source>
        <translation>「%2」的神經元 %1 的偏置：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="499"/>
        <source>Edit weight</source>
        <translation>編輯權重</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="500"/>
        <source>Weight %1:</source>
        <translation>權重 %1：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="511"/>
        <source>Details: %1</source>
        <translation>詳細資訊：%1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="520"/>
        <source>Unsaved changes</source>
        <translation>未儲存的變更</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="521"/>
        <source>“%1” has changes that are not saved.</source>
        <translation>「%1」有尚未儲存的變更。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="522"/>
        <source>Save them before going on?</source>
        <translation>繼續之前要儲存嗎？</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="560"/>
        <source>Open network</source>
        <translation>開啟網路</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="580"/>
        <source>Opened %1.</source>
        <translation>已開啟 %1。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="590"/>
        <source>Cannot open example</source>
        <translation>無法開啟範例</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="591"/>
        <source>The example “%1” could not be opened.</source>
        <translation>無法開啟範例「%1」。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="604"/>
        <source>Save network</source>
        <translation>儲存網路</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="616"/>
        <source>Cannot save</source>
        <translation>無法儲存</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="617"/>
        <source>“%1” could not be saved. The network is still open; nothing was lost.</source>
        <translation>無法儲存「%1」。網路仍然開啟著，沒有遺失任何內容。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="622"/>
        <source>Saved %1.</source>
        <translation>已儲存 %1。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="629"/>
        <source>(none yet)</source>
        <translation>（暫無）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="643"/>
        <source>Recover unsaved work?</source>
        <translation>復原未儲存的工作？</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="644"/>
        <source>NetBuilder did not close properly last time. Recover the unsaved network %1?</source>
        <translation>NetBuilder 上次沒有正常關閉。要復原未儲存的網路 %1 嗎？</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="656"/>
        <source>Cannot recover</source>
        <translation>無法復原</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="657"/>
        <source>The autosaved network could not be read.</source>
        <translation>無法讀取自動儲存的網路。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="663"/>
        <source>Recovered. Save it to keep it.</source>
        <translation>已復原。請儲存以保留它。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="741"/>
        <source>About NetBuilder</source>
        <translation>關於 NetBuilder</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/main_window.py" line="742"/>
        <source>NetBuilder %1

Build, train and understand neural networks.</source>
        <translation>NetBuilder %1

建構、訓練並理解神經網路。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/install.py" line="18"/>
        <source>Training</source>
        <translation>訓練</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/insight.py" line="388"/>
        <source>Show Neuron &amp;Outputs</source>
        <translation>顯示神經元輸出(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/insight.py" line="392"/>
        <source>For networks with two inputs: each neuron shows what it computes over the input plane, live while training</source>
        <translation>適用於有兩個輸入的網路：每個神經元顯示它在輸入平面上算出的結果，訓練時即時更新</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/insight.py" line="394"/>
        <source>Show Layer &amp;Health</source>
        <translation>顯示層的健康狀況(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/canvas/insight.py" line="398"/>
        <source>Badges under the hidden layers: saturated and dead neurons, with what to try</source>
        <translation>隱藏層下方的標記：飽和與死亡的神經元，以及可以嘗試的辦法</translation>
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
        <translation>輸入層</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/palette.py" line="25"/>
        <source>Where the data enters: one neuron per input feature.</source>
        <translation>資料進入的地方：每個輸入特徵一個神經元。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/palette.py" line="26"/>
        <source>Dense layer</source>
        <translation>全連接層</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/palette.py" line="26"/>
        <source>A hidden layer: every neuron takes a weighted sum of all its inputs.</source>
        <translation>隱藏層：每個神經元對其所有輸入求加權和。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/palette.py" line="27"/>
        <source>Neuron</source>
        <translation>神經元</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/palette.py" line="27"/>
        <source>One neuron. Drop it on a layer to add a neuron to it, or on empty canvas for a layer of one.</source>
        <translation>一個神經元。放到某一層上可為該層新增一個神經元，放到空白畫布上則得到只有一個神經元的層。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/palette.py" line="28"/>
        <source>Output layer</source>
        <translation>輸出層</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/palette.py" line="28"/>
        <source>The prediction: one neuron per target (or per class).</source>
        <translation>預測結果：每個目標（或每個類別）一個神經元。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/palette.py" line="29"/>
        <source>Conv2D</source>
        <translation>Conv2D 卷積層</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/palette.py" line="29"/>
        <source>A convolution: small filters slide over an image and each makes a feature map.</source>
        <translation>卷積：小的卷積核在影像上滑動，每個卷積核產生一張特徵圖。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/palette.py" line="30"/>
        <source>MaxPooling2D</source>
        <translation>MaxPooling2D 最大池化</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/palette.py" line="30"/>
        <source>Keeps the largest value of each window: a smaller image that still shows where features are.</source>
        <translation>保留每個視窗中的最大值：影像變小，但仍顯示特徵的位置。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/palette.py" line="31"/>
        <source>AveragePooling2D</source>
        <translation>AveragePooling2D 平均池化</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/palette.py" line="31"/>
        <source>Keeps the mean of each window: a smaller, smoother image.</source>
        <translation>保留每個視窗的平均值：更小、更平滑的影像。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/palette.py" line="32"/>
        <source>Flatten</source>
        <translation>Flatten 攤平</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/palette.py" line="32"/>
        <source>Turns an image into one long vector, the bridge from convolutions to dense layers.</source>
        <translation>把影像變成一個長向量，是從卷積層通往全連接層的橋樑。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/palette.py" line="36"/>
        <source>Drop on a layer to use %1: %2</source>
        <translation>放到某一層上以使用 %1：%2</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/palette.py" line="59"/>
        <source>Activations</source>
        <translation>激活函數</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <location filename="../../netbuilder/ui/panels/install.py" line="29"/>
        <location filename="../../netbuilder/ui/panels/loss.py" line="121"/>
        <source>Loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/install.py" line="30"/>
        <source>Gradient flow</source>
        <translation>梯度流</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/install.py" line="31"/>
        <source>Metrics</source>
        <translation>指標</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/install.py" line="32"/>
        <source>Activation function</source>
        <translation>激活函數</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/install.py" line="33"/>
        <source>Decision boundary</source>
        <translation>決策邊界</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/install.py" line="34"/>
        <location filename="../../netbuilder/ui/panels/weights.py" line="43"/>
        <source>Weights</source>
        <translation>權重</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/install.py" line="35"/>
        <source>Activations</source>
        <translation>激活值</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/install.py" line="36"/>
        <source>Filters</source>
        <translation>卷積核</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/install.py" line="37"/>
        <source>Feature maps</source>
        <translation>特徵圖</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/activation_plot.py" line="38"/>
        <source>α: the slope (Leaky ReLU, PReLU) or the saturation value (ELU) for z &lt; 0</source>
        <translation>α：z &lt; 0 時的斜率（Leaky ReLU、PReLU）或飽和值（ELU）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/activation_plot.py" line="39"/>
        <source>β: the sharpness of Swish</source>
        <translation>β：Swish 的陡峭程度</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/activations.py" line="88"/>
        <source>%1 samples × %2 neurons</source>
        <translation>%1 個樣本 × %2 個神經元</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/activations.py" line="90"/>
        <source>exactly 0: %1</source>
        <translation>恰好為 0：%1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/activations.py" line="92"/>
        <source>dead neurons: %1 of %2</source>
        <translation>死亡神經元：%1 / %2</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/activations.py" line="94"/>
        <source>saturated: %1</source>
        <translation>飽和：%1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/activations.py" line="104"/>
        <source>Outputs of each layer on a fixed batch of samples</source>
        <translation>各層在一組固定樣本上的輸出</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/activations.py" line="112"/>
        <source>The histograms appear when the network is trained or has data.</source>
        <translation>網路經過訓練或有資料後，這裡會顯示直方圖。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/base.py" line="241"/>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/base.py" line="242"/>
        <source>Save this plot as a PNG image or an SVG drawing</source>
        <translation>將此圖儲存為 PNG 影像或 SVG 向量圖</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/base.py" line="246"/>
        <source>Save as PNG image…</source>
        <translation>儲存為 PNG 影像…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/base.py" line="247"/>
        <source>Save as SVG drawing…</source>
        <translation>儲存為 SVG 向量圖…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/base.py" line="351"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 影像 (*.png)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/base.py" line="351"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 向量圖 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/base.py" line="353"/>
        <source>Export plot</source>
        <translation>匯出圖表</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/boundary.py" line="79"/>
        <source>neuron %1 of %2</source>
        <translation>%2 的神經元 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/boundary.py" line="129"/>
        <location filename="../../netbuilder/ui/panels/boundary.py" line="140"/>
        <source>training data</source>
        <translation>訓練資料</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/boundary.py" line="130"/>
        <location filename="../../netbuilder/ui/panels/boundary.py" line="141"/>
        <location filename="../../netbuilder/ui/panels/boundary.py" line="315"/>
        <source>test data</source>
        <translation>測試資料</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/boundary.py" line="150"/>
        <source>The decision boundary is drawn for networks with two inputs (two input columns in the data), such as XOR or the spiral.</source>
        <translation>決策邊界只針對有兩個輸入（資料中有兩個輸入欄）的網路繪製，例如 XOR 或螺旋。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/boundary.py" line="339"/>
        <source>Colour: the network&apos;s output (probability of class 1); white is %1</source>
        <translation>顏色：網路的輸出（類別 1 的機率）；白色為 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/boundary.py" line="342"/>
        <source>Colour: the class the network chooses, paler where it is less sure</source>
        <translation>顏色：網路選擇的類別，越不確定顏色越淡</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/boundary.py" line="343"/>
        <source>Colour: the network&apos;s output value</source>
        <translation>顏色：網路的輸出值</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/gradient_flow.py" line="67"/>
        <source>‖dL/dW‖: gradient of the weights</source>
        <translation>‖dL/dW‖：權重的梯度</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/gradient_flow.py" line="68"/>
        <source>σ of the weights</source>
        <translation>權重的 σ（標準差）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/gradient_flow.py" line="69"/>
        <source>σ of the outputs</source>
        <translation>輸出的 σ（標準差）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/gradient_flow.py" line="89"/>
        <source>No gradient reaches the last layer: every weight stays as it is.</source>
        <translation>沒有梯度到達最後一層：每個權重都保持不變。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/gradient_flow.py" line="92"/>
        <source>The first layer&apos;s gradient is %1 of the last&apos;s: it vanishes on its way back, so the first layers learn slowly (vanishing gradient).</source>
        <translation>第一層的梯度只有最後一層的 %1：它在反向傳回的路上逐漸消失，所以前面的層學得很慢（梯度消失）。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/gradient_flow.py" line="96"/>
        <source>The first layer&apos;s gradient is %1 the last&apos;s: it grows on its way back (exploding gradient); a lower learning rate helps.</source>
        <translation>第一層的梯度是最後一層的 %1：它在反向傳回的路上不斷變大（梯度爆炸）；降低學習率會有幫助。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/gradient_flow.py" line="98"/>
        <source>The gradient reaches every layer: the first layer&apos;s is %1 times the last&apos;s.</source>
        <translation>梯度能到達每一層：第一層的梯度是最後一層的 %1 倍。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/gradient_flow.py" line="157"/>
        <source>What to draw for each layer: the norm of its weights&apos; gradient, or the spread of its weights or of its outputs</source>
        <translation>每一層畫什麼：其權重梯度的範數，或其權重、輸出的離散程度（標準差）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/gradient_flow.py" line="161"/>
        <location filename="../../netbuilder/ui/panels/loss.py" line="91"/>
        <source>Log scale</source>
        <translation>對數座標</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/gradient_flow.py" line="162"/>
        <source>A logarithmic scale: a layer whose gradient is 100 times smaller is drawn two steps lower, not flat on zero</source>
        <translation>對數座標：梯度小 100 倍的層畫低兩格，而不是貼在零上</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/gradient_flow.py" line="333"/>
        <source>No layer with weights yet.</source>
        <translation>還沒有帶權重的層。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/gradient_flow.py" line="338"/>
        <source>Train the network to see how strongly each layer learns: one line per layer.</source>
        <translation>訓練網路，看看每一層學得有多快：每層一條線。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/gradient_flow.py" line="345"/>
        <source>At the start of the run: %1.</source>
        <translation>這次訓練開始時：%1。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/gradient_flow.py" line="349"/>
        <source>‖dL/dW‖ of the layer: %1</source>
        <translation>該層的 ‖dL/dW‖：%1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/loss.py" line="92"/>
        <source>Show the loss on a logarithmic scale: small losses stay visible</source>
        <translation>以對數座標顯示損失：很小的損失也能看清</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/loss.py" line="95"/>
        <source>Compare runs</source>
        <translation>比較各次執行</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/loss.py" line="96"/>
        <source>Show earlier runs of this network behind the current one</source>
        <translation>在目前執行後面顯示這個網路之前的執行</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/loss.py" line="101"/>
        <source>smoothing </source>
        <translation>平滑 </translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/loss.py" line="106"/>
        <source>How strongly the batch loss is smoothed (0 = not at all)</source>
        <translation>批次損失的平滑程度（0 = 不平滑）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/gradient_flow.py" line="174"/>
        <location filename="../../netbuilder/ui/panels/loss.py" line="118"/>
        <source>epoch</source>
        <translation>輪次</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/loss.py" line="129"/>
        <source>training loss (epoch)</source>
        <translation>訓練損失（每輪）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/loss.py" line="131"/>
        <source>training</source>
        <translation>訓練</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/loss.py" line="265"/>
        <source>Training: %1</source>
        <translation>訓練：%1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/loss.py" line="313"/>
        <source>Accuracy</source>
        <translation>準確率</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/loss.py" line="313"/>
        <source>R² (1 is perfect)</source>
        <translation>R²（1 為完美）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/loss.py" line="341"/>
        <source>%1 epochs, loss %2</source>
        <translation>%1 輪，損失 %2</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/loss.py" line="354"/>
        <source>epoch %1, step %2/%3</source>
        <translation>第 %1 輪，第 %2/%3 步</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/loss.py" line="357"/>
        <location filename="../../netbuilder/ui/panels/metrics.py" line="256"/>
        <source>loss %1</source>
        <translation>損失 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/loss.py" line="360"/>
        <source>validation loss %1</source>
        <translation>驗證損失 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/loss.py" line="362"/>
        <location filename="../../netbuilder/ui/panels/metrics.py" line="252"/>
        <source>accuracy %1</source>
        <translation>準確率 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/loss.py" line="127"/>
        <location filename="../../netbuilder/ui/panels/loss.py" line="398"/>
        <source>batch loss</source>
        <translation>批次損失</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/loss.py" line="128"/>
        <location filename="../../netbuilder/ui/panels/loss.py" line="399"/>
        <source>batch loss, smoothed</source>
        <translation>批次損失（平滑）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/loss.py" line="130"/>
        <location filename="../../netbuilder/ui/panels/loss.py" line="400"/>
        <source>validation loss</source>
        <translation>驗證損失</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/loss.py" line="132"/>
        <location filename="../../netbuilder/ui/panels/loss.py" line="401"/>
        <source>validation</source>
        <translation>驗證</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/loss.py" line="452"/>
        <source>run %1: %2</source>
        <translation>第 %1 次執行：%2</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/metrics.py" line="29"/>
        <source>Training data</source>
        <translation>訓練資料</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/metrics.py" line="30"/>
        <source>Test data</source>
        <translation>測試資料</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/metrics.py" line="31"/>
        <source>Validation data</source>
        <translation>驗證資料</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/metrics.py" line="48"/>
        <source>true class</source>
        <translation>真實類別</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/metrics.py" line="49"/>
        <source>predicted class</source>
        <translation>預測類別</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/metrics.py" line="93"/>
        <source>%1: accuracy %2 (%3 samples)</source>
        <translation>%1：準確率 %2（%3 個樣本）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/metrics.py" line="113"/>
        <location filename="../../netbuilder/ui/panels/metrics.py" line="220"/>
        <source>R² is 1 for perfect predictions and 0 for always predicting the mean.</source>
        <translation>預測完全正確時 R² 為 1，始終預測平均值時為 0。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/metrics.py" line="139"/>
        <source>Train the network to see how well it does: a confusion matrix for classifiers, R² for regression.</source>
        <translation>訓練網路以檢視它的表現：分類器顯示混淆矩陣，迴歸顯示 R²。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/metrics.py" line="208"/>
        <source>Rows: true class · columns: the network&apos;s answer · colour: share of the row</source>
        <translation>列：真實類別 · 欄：網路的回答 · 顏色：佔該列的比例</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/metrics.py" line="212"/>
        <source>R² compares the errors with how much the targets vary.&lt;br&gt;With one sample (or equal targets) they do not vary,&lt;br&gt;so R² says nothing here: compare the prediction with the target.</source>
        <translation>R² 把誤差與目標值的變化幅度相比較。&lt;br&gt;只有一個樣本（或目標值都相同）時目標值沒有變化，&lt;br&gt;所以這裡 R² 沒有意義：請直接比較預測值和目標值。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/metrics.py" line="277"/>
        <source>Sample %1: target y = %2&lt;br&gt;prediction ŷ = %3 (error %4)</source>
        <translation>樣本 %1：目標 y = %2&lt;br&gt;預測 ŷ = %3（誤差 %4）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/metrics.py" line="278"/>
        <source>Sample %1: target y = %2&lt;br&gt;prediction ŷ = %3 (RMS error %4)</source>
        <translation>樣本 %1：目標 y = %2&lt;br&gt;預測 ŷ = %3（均方根誤差 %4）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/metrics.py" line="216"/>
        <source>Regression: the network&apos;s prediction for each sample</source>
        <translation>迴歸：網路對每個樣本的預測</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/metrics.py" line="225"/>
        <source>%1: R² = %2</source>
        <translation>%1：R² = %2</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/metrics.py" line="227"/>
        <source>Regression: coefficient of determination</source>
        <translation>迴歸：決定係數</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/metrics.py" line="231"/>
        <source>The last training run&apos;s result</source>
        <translation>上一次訓練的結果</translation>
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
        <translation>上一次訓練（1 輪）結束時：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/metrics.py" line="260"/>
        <source>The last training run (%1 epochs) ended with:</source>
        <translation>上一次訓練（%1 輪）結束時：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/metrics.py" line="261"/>
        <source>Train it here to see the confusion matrices or R² as it learns.</source>
        <translation>在這裡訓練它，就能在學習過程中看到混淆矩陣或 R²。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/weights.py" line="37"/>
        <source>The connection whose weight matrix is shown</source>
        <translation>顯示其權重矩陣的連接</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/weights.py" line="44"/>
        <source>Gradients (last step)</source>
        <translation>梯度（上一步）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/weights.py" line="45"/>
        <source>Show the weights, or dL/dw of the last training step</source>
        <translation>顯示權重，或上一個訓練步的 dL/dw</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/weights.py" line="181"/>
        <source>This network has no connections yet.</source>
        <translation>這個網路還沒有連接。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/weights.py" line="183"/>
        <source>No gradients yet: they appear once training runs.</source>
        <translation>還沒有梯度：開始訓練後就會出現。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/weights.py" line="196"/>
        <source>row: neuron of %1</source>
        <translation>列：%1 的神經元</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/weights.py" line="197"/>
        <source>column: neuron of %1</source>
        <translation>欄：%1 的神經元</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/weights.py" line="248"/>
        <source>weight</source>
        <translation>權重</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/weights.py" line="248"/>
        <source>gradient</source>
        <translation>梯度</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/weights.py" line="249"/>
        <source>row %1, column %2: %3 %4</source>
        <translation>第 %1 列，第 %2 欄：%3 %4</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/feature_maps.py" line="44"/>
        <source>Sample</source>
        <translation>樣本</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/feature_maps.py" line="51"/>
        <source>Draw</source>
        <translation>手寫</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/feature_maps.py" line="52"/>
        <source>Draw a digit with the mouse (right-click clears it); the network classifies it at once</source>
        <translation>用滑鼠寫一個數字（右鍵清除），網路會馬上辨識它</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/feature_maps.py" line="60"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/feature_maps.py" line="124"/>
        <source>input</source>
        <translation>輸入</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/feature_maps.py" line="156"/>
        <source>Feature maps are drawn for networks that read images through Conv2D or pooling layers.</source>
        <translation>特徵圖只對用 Conv2D 或池化層讀取影像的網路顯示。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/feature_maps.py" line="172"/>
        <source>%1 more channels</source>
        <translation>還有 %1 個通道</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/feature_maps.py" line="174"/>
        <source>predicted class: %1 (%2)</source>
        <translation>預測類別：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/filters.py" line="38"/>
        <source>Convolution</source>
        <translation>卷積層</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/filters.py" line="41"/>
        <location filename="../../netbuilder/ui/panels/filters.py" line="141"/>
        <source>weights</source>
        <translation>權重</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/filters.py" line="42"/>
        <source>gradients dL/dK</source>
        <translation>梯度 dL/dK</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/filters.py" line="133"/>
        <source>No convolution: add a Conv2D layer to see its filters.</source>
        <translation>沒有卷積層：加入一個 Conv2D 層即可看到它的卷積核。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/filters.py" line="141"/>
        <source>gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/filters.py" line="143"/>
        <source>%1 filters of %2×%3 over 1 channel (%4, scale ±%5)</source>
        <translation>%1 個 %2×%3、涵蓋 1 個通道的卷積核（%4，刻度 ±%5）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/filters.py" line="146"/>
        <source>%1 filters of %2×%3 over %4 channels (%5, scale ±%6)</source>
        <translation>%1 個 %2×%3、涵蓋 %4 個通道的卷積核（%5，刻度 ±%6）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/panels/filters.py" line="149"/>
        <source>the first %1 × %2 shown</source>
        <translation>只顯示前 %1 × %2 個</translation>
    </message>
</context>
<context>
    <name>Replay</name>
    <message>
        <location filename="../../netbuilder/ui/replay.py" line="64"/>
        <location filename="../../netbuilder/ui/replay.py" line="146"/>
        <source>Play the run: the panels and the canvas show it moment by moment</source>
        <translation>回放訓練：面板和畫布逐個時刻顯示它</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/replay.py" line="70"/>
        <source>Drag to see the network as it was at any moment of the run</source>
        <translation>拖曳以檢視網路在訓練中任一時刻的樣子</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/replay.py" line="77"/>
        <location filename="../../netbuilder/ui/replay.py" line="375"/>
        <source>Replay: epoch %1 · loss %2</source>
        <translation>回放：第 %1 輪 · 損失 %2</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/replay.py" line="83"/>
        <source>The recorded run to replay</source>
        <translation>要回放的訓練記錄</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/replay.py" line="88"/>
        <source>Restore This Moment</source>
        <translation>恢復此刻</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/replay.py" line="136"/>
        <source>Make the parameters of this moment the network&apos;s (Undo brings back the ones before)</source>
        <translation>讓網路使用這一時刻的參數（復原可恢復之前的參數）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/replay.py" line="95"/>
        <source>Back to Now</source>
        <translation>回到現在</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/replay.py" line="97"/>
        <source>Show the network as it is now</source>
        <translation>顯示網路現在的樣子</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/replay.py" line="139"/>
        <source>Restoring a moment would change them.</source>
        <translation>恢復此刻會改變它們。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/replay.py" line="145"/>
        <source>Pause the replay</source>
        <translation>暫停回放</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/replay.py" line="212"/>
        <source>run %1: %2</source>
        <translation>第 %1 次訓練：%2</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/replay.py" line="302"/>
        <source>Restored the moment at epoch %1 (Undo brings back the parameters before).</source>
        <translation>已恢復第 %1 輪時的參數（復原可恢復之前的參數）。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/replay.py" line="370"/>
        <source>Recording this run for replay…</source>
        <translation>正在記錄本次訓練以便回放…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/replay.py" line="377"/>
        <source>%1 moments: drag to replay</source>
        <translation>%1 個時刻：拖曳以回放</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/replay.py" line="379"/>
        <source>Train to record a run for replay</source>
        <translation>訓練一次即可記錄並回放</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../netbuilder/ui/status.py" line="85"/>
        <source>%1 parameters</source>
        <translation>%1 個參數</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/status.py" line="94"/>
        <source>ready to train</source>
        <translation>可以訓練</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/status.py" line="95"/>
        <source>No problems found.</source>
        <translation>未發現問題。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/status.py" line="103"/>
        <source>(+%1 more)</source>
        <translation>（還有 %1 個）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/status.py" line="106"/>
        <source>Click to see every problem; choosing one selects the layers concerned.</source>
        <translation>按一下檢視所有問題；選擇其中一個會選取相關的層。</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../../netbuilder/templates.py" line="172"/>
        <source>Empty network</source>
        <translation>空網路</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="173"/>
        <source>2-3-1 worked example</source>
        <translation>2-3-1 計算範例</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="174"/>
        <source>XOR (2-4-1)</source>
        <translation>XOR（2-4-1）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="175"/>
        <source>Perceptron (AND)</source>
        <translation>感知器（AND）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="177"/>
        <source>Perceptron (OR)</source>
        <translation>感知器（OR）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="178"/>
        <source>Perceptron (NOT)</source>
        <translation>感知器（NOT）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="180"/>
        <source>Perceptron fails on XOR</source>
        <translation>感知器無法學會 XOR</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="182"/>
        <source>MNIST MLP (784-128-64-10)</source>
        <translation>MNIST 多層感知器（784-128-64-10）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/templates.py" line="183"/>
        <source>MNIST CNN (Conv 16 → Conv 32 → Dense)</source>
        <translation>MNIST 卷積神經網路（Conv 16 → Conv 32 → Dense）</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <location filename="../../netbuilder/ui/training/runner.py" line="32"/>
        <source>Train 1 epoch</source>
        <translation>訓練 1 輪</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/runner.py" line="34"/>
        <source>Train %1 epochs</source>
        <translation>訓練 %1 輪</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/runner.py" line="36"/>
        <source>Train 1 step</source>
        <translation>訓練 1 步</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/runner.py" line="37"/>
        <source>Train %1 steps</source>
        <translation>訓練 %1 步</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/runner.py" line="97"/>
        <source>The new setting takes effect at the next step.</source>
        <translation>新設定將在下一步生效。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/runner.py" line="120"/>
        <source>This network has no data to train on: choose a dataset in the Data panel (Data → Choose Dataset…), import a CSV file or draw your own points.</source>
        <translation>這個網路沒有可用於訓練的資料：請在資料面板中選擇一個資料集（資料 → 選擇資料集…），匯入 CSV 檔案，或者畫出你自己的點。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/runner.py" line="123"/>
        <source>A single layer of step neurons learns with the perceptron rule, not by gradient descent: give the layer a sigmoid activation (Inspector) to train it here, or train it from the command line with “netbuilder train”.</source>
        <translation>單層階躍神經元用感知器規則學習，而不是梯度下降：要在這裡訓練，請（在屬性面板中）把這一層的激活函數改為 sigmoid，或者在命令列中用「netbuilder train」訓練它。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/runner.py" line="137"/>
        <source>Training could not start: %1</source>
        <translation>訓練無法開始：%1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/runner.py" line="150"/>
        <source>Training is running: stop it to edit the network.</source>
        <translation>訓練正在進行：請先停止訓練再編輯網路。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/runner.py" line="227"/>
        <source>On the %1 data: %2.</source>
        <translation>在 %1 資料上：%2。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/runner.py" line="235"/>
        <source>Training could not run: %1</source>
        <translation>訓練無法執行：%1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="126"/>
        <location filename="../../netbuilder/ui/training/runner.py" line="247"/>
        <source>Reset weights</source>
        <translation>重設權重</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="183"/>
        <location filename="../../netbuilder/ui/training/runner.py" line="289"/>
        <source>full batch</source>
        <translation>全批次</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/runner.py" line="289"/>
        <source>batch %1</source>
        <translation>批次 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/runner.py" line="294"/>
        <source>Training ended: %1.</source>
        <translation>訓練結束：%1。</translation>
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
        <translation>%1 小時 %2 分</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="60"/>
        <source>none: choose one in the Data panel</source>
        <translation>無：請在資料面板中選擇</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="81"/>
        <source>As fast as possible</source>
        <translation>盡可能快</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="83"/>
        <source>1 epoch a second</source>
        <translation>每秒 1 輪</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="84"/>
        <source>%1 epochs a second</source>
        <translation>每秒 %1 輪</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="113"/>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="115"/>
        <source>Data:</source>
        <translation>資料：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="132"/>
        <source>Speed:</source>
        <translation>速度：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="135"/>
        <source>How fast training goes: slower waits between steps, so you can watch the network learn epoch by epoch.</source>
        <translation>訓練進行的快慢：較慢的速度會在兩步之間等待，讓你一輪一輪地看著網路學習。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="163"/>
        <source>Loss</source>
        <translation>損失函數</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="168"/>
        <source>Optimizer</source>
        <translation>優化器</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="171"/>
        <source>Step size η: how far each update moves the weights. Too large oscillates or diverges, too small crawls.</source>
        <translation>步長 η：每次更新讓權重移動多遠。太大會振盪或發散，太小則進展緩慢。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="174"/>
        <source>Learning rate</source>
        <translation>學習率</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="177"/>
        <source>Momentum</source>
        <translation>動量</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="179"/>
        <source>Nesterov momentum</source>
        <translation>Nesterov 動量</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="184"/>
        <source>Samples per step: 1 is stochastic gradient descent, “full batch” uses every sample in each step.</source>
        <translation>每步使用的樣本數：1 即隨機梯度下降，「全批次」在每一步使用全部樣本。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="187"/>
        <source>Batch size</source>
        <translation>批次大小</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="190"/>
        <source>∞ until stopped</source>
        <translation>∞ 直到停止</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="192"/>
        <source>Keep training until you press Stop (or a stop rule fires), whatever the number of epochs.</source>
        <translation>不論設定了多少輪，一直訓練到你按下「停止」（或觸發停止條件）為止。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="198"/>
        <source>Epochs</source>
        <translation>輪次</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="201"/>
        <source>Validation split</source>
        <translation>驗證集比例</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="213"/>
        <source>Penalties</source>
        <translation>正則化懲罰</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="215"/>
        <source>random</source>
        <translation>隨機</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="217"/>
        <source>Seed</source>
        <translation>隨機種子</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="219"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="221"/>
        <source>Stop at loss</source>
        <translation>損失達到時停止</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="223"/>
        <source>off</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="224"/>
        <source>Early stopping: stop when the validation loss has not improved for this many epochs.</source>
        <translation>提前停止：驗證損失連續這麼多輪沒有改善時停止訓練。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="227"/>
        <source>Early stopping patience</source>
        <translation>提前停止的耐心輪數</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="121"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="122"/>
        <location filename="../../netbuilder/ui/training/panel.py" line="367"/>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="123"/>
        <source>Step</source>
        <translation>單步</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="124"/>
        <source>Train on one mini-batch, then wait.</source>
        <translation>用一個小批次訓練，然後等待。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="125"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="127"/>
        <source>Draw fresh weights from each layer&apos;s initializer (undoable).</source>
        <translation>依每層的初始化器重新抽取權重（可復原）。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="312"/>
        <source>The learning rate must be a number above 0, not “%1”.</source>
        <translation>學習率必須是大於 0 的數字，而不是「%1」。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="328"/>
        <source>“%1” is not a number of zero or more.</source>
        <translation>「%1」不是大於或等於零的數字。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="367"/>
        <source>Resume</source>
        <translation>繼續</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="378"/>
        <source>Loading the data…</source>
        <translation>正在載入資料…</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="391"/>
        <source>Epoch %1/%2</source>
        <translation>第 %1/%2 輪</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="392"/>
        <source>Epoch %1 of ∞</source>
        <translation>第 %1 輪（共 ∞）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="393"/>
        <source>step %1/%2</source>
        <translation>第 %1/%2 步</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="394"/>
        <source>loss %1</source>
        <translation>損失 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/training/panel.py" line="406"/>
        <source>%1 left</source>
        <translation>剩餘 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/workers/training.py" line="318"/>
        <source>the training process ended unexpectedly (exit code %1); the network is as it was before the run.</source>
        <translation>訓練行程意外結束（結束代碼 %1）；網路仍是訓練開始前的樣子。</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../netbuilder/model/validation.py" line="60"/>
        <source>The network is empty: add an Input layer, a hidden layer and an Output layer, then connect them.</source>
        <translation>網路是空的：請新增一個輸入層、一個隱藏層和一個輸出層，然後把它們連接起來。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/validation.py" line="69"/>
        <source>There is no input layer: add one (it receives the data) and connect it forward.</source>
        <translation>沒有輸入層：請新增一個（它接收資料）並向前連接。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/validation.py" line="75"/>
        <source>There are several input layers (%1): keep one and make the others hidden layers.</source>
        <translation>有多個輸入層（%1）：保留一個，把其餘的改為隱藏層。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/validation.py" line="81"/>
        <source>There is no output layer: mark the last layer as the output (its values are the prediction).</source>
        <translation>沒有輸出層：請把最後一層標記為輸出層（它的值就是預測結果）。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/validation.py" line="87"/>
        <source>There are several output layers (%1): keep one and make the others hidden layers.</source>
        <translation>有多個輸出層（%1）：保留一個，把其餘的改為隱藏層。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/validation.py" line="98"/>
        <source>The input layer &apos;%1&apos; receives a connection from &apos;%2&apos;: data enters at the input, remove that connection.</source>
        <translation>輸入層「%1」接收來自「%2」的連接：資料從輸入層進入，請刪除該連接。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/validation.py" line="108"/>
        <source>The output layer &apos;%1&apos; feeds &apos;%2&apos;: the output must be the last layer, remove that connection.</source>
        <translation>輸出層「%1」連到了「%2」：輸出層必須是最後一層，請刪除該連接。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/validation.py" line="115"/>
        <source>The output layer &apos;%1&apos; has dropout: set it to 0 (dropout belongs on hidden layers).</source>
        <translation>輸出層「%1」設定了 dropout：請設為 0（dropout 應放在隱藏層上）。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/validation.py" line="122"/>
        <source>The connections form a loop: %1. Remove one of these connections; data must flow one way.</source>
        <translation>連接形成了迴圈：%1。請刪除其中一條連接；資料必須單向流動。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/validation.py" line="134"/>
        <source>The output layer &apos;%1&apos; is not connected to the input: connect the last hidden layer (or the input) to it.</source>
        <translation>輸出層「%1」沒有連接到輸入層：請把最後一個隱藏層（或輸入層）連接到它。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/validation.py" line="142"/>
        <source>Layer &apos;%1&apos; is not reached from the input &apos;%2&apos;: connect a layer into it, or delete it.</source>
        <translation>層「%1」無法從輸入層「%2」到達：請把某一層連接到它，或刪除它。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/validation.py" line="154"/>
        <source>Layer &apos;%1&apos; does not lead to the output &apos;%2&apos;: its values are computed but never used.</source>
        <translation>層「%1」沒有通往輸出層「%2」：它的值會被計算，但從未被使用。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/validation.py" line="167"/>
        <source>The output layer &apos;%1&apos; is a %2: the prediction comes from a Dense layer, so end with Flatten and Dense.</source>
        <translation>輸出層「%1」是 %2：預測來自 Dense 層，所以最後請接 Flatten 和 Dense。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/validation.py" line="180"/>
        <source>Layer &apos;%1&apos; uses the step function, whose gradient is zero: gradient descent cannot train it. Use sigmoid, or train a single-layer perceptron with the perceptron rule.</source>
        <translation>層「%1」使用階躍函數，其梯度為零：梯度下降無法訓練它。請使用 sigmoid，或用感知器規則訓練單層感知器。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/validation.py" line="188"/>
        <source>Softmax over the single neuron of &apos;%1&apos; always gives 1: use sigmoid.</source>
        <translation>對「%1」唯一的神經元做 Softmax 總是得到 1：請使用 sigmoid。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/validation.py" line="195"/>
        <source>The data has %1 but the input layer &apos;%2&apos; has %3: make it %4 wide or choose other data.</source>
        <translation>資料有 %1，但輸入層「%2」有 %3：請把它改為 %4 個神經元寬，或選擇其他資料。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/validation.py" line="197"/>
        <source>%1 input column</source>
        <translation>%1 個輸入欄</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/validation.py" line="198"/>
        <source>%1 input columns</source>
        <translation>%1 個輸入欄</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/validation.py" line="199"/>
        <location filename="../../netbuilder/model/validation.py" line="212"/>
        <source>%1 neuron</source>
        <translation>%1 個神經元</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/validation.py" line="200"/>
        <location filename="../../netbuilder/model/validation.py" line="213"/>
        <source>%1 neurons</source>
        <translation>%1 個神經元</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/validation.py" line="207"/>
        <source>The data has %1 per sample but the output layer &apos;%2&apos; has %3: make it %4 wide or choose other data.</source>
        <translation>資料每個樣本有 %1，但輸出層「%2」有 %3：請把它改為 %4 個神經元寬，或選擇其他資料。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/validation.py" line="210"/>
        <source>%1 target value</source>
        <translation>%1 個目標值</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/validation.py" line="211"/>
        <source>%1 target values</source>
        <translation>%1 個目標值</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/validation.py" line="227"/>
        <source>Categorical cross-entropy needs one output neuron per class (at least 2, with softmax), but &apos;%1&apos; has %2. For two classes use binary_crossentropy with one sigmoid neuron.</source>
        <translation>分類交叉熵要求每個類別一個輸出神經元（至少 2 個，搭配 softmax），但「%1」有 %2 個。兩個類別請使用 binary_crossentropy 和一個 sigmoid 神經元。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/validation.py" line="238"/>
        <source>Categorical cross-entropy expects class probabilities: give the output layer &apos;%1&apos; the softmax activation (it uses %2).</source>
        <translation>分類交叉熵需要類別機率：請給輸出層「%1」使用 softmax 激活函數（它現在使用 %2）。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/validation.py" line="247"/>
        <source>Binary cross-entropy needs outputs between 0 and 1: give the output layer &apos;%1&apos; the sigmoid activation (it uses %2).</source>
        <translation>二元交叉熵需要 0 到 1 之間的輸出：請給輸出層「%1」使用 sigmoid 激活函數（它現在使用 %2）。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/validation.py" line="256"/>
        <source>Hinge loss expects scores that can be negative (linear or tanh output); &apos;%1&apos; uses %2.</source>
        <translation>鉸鏈損失需要可以為負的分數（線性或 tanh 輸出）；「%1」使用的是 %2。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/validation.py" line="268"/>
        <source>The loss %1 needs targets between 0 and 1 (0/1 labels or one-hot classes), but the data&apos;s targets go from %2 to %3: choose the loss mse for values, or data with class labels.</source>
        <translation>損失函數 %1 需要 0 到 1 之間的目標值（0/1 標籤或獨熱編碼的類別），但資料的目標值從 %2 到 %3：數值請用損失函數 mse，或者換成帶類別標籤的資料。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/shapes.py" line="130"/>
        <source>%1 needs a flat input, but “%2” gives a %3 image: put a Flatten between them</source>
        <translation>%1 需要扁平的輸入，但「%2」輸出的是 %3 的影像：請在兩者之間放一個 Flatten</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/shapes.py" line="134"/>
        <source>%1 takes one input, but %2 layers are connected to it</source>
        <translation>%1 只接受一個輸入，但有 %2 個層連到它</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/shapes.py" line="142"/>
        <source>%1 needs an image input (height × width × channels), but “%2” gives %3 values</source>
        <translation>%1 需要影像輸入（高 × 寬 × 通道），但「%2」輸出的是 %3 個值</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/shapes.py" line="146"/>
        <source>%1 adds convolutions of images of different sizes: %2</source>
        <translation>%1 把不同大小的影像的卷積相加：%2</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/shapes.py" line="151"/>
        <source>%1: kernel %2 does not fit its %3 input</source>
        <translation>%1：%2 的卷積核放不進它 %3 的輸入</translation>
    </message>
    <message>
        <location filename="../../netbuilder/model/shapes.py" line="152"/>
        <source>%1: pool %2 does not fit its %3 input</source>
        <translation>%1：%2 的池化視窗放不進它 %3 的輸入</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <location filename="../../netbuilder/ui/values.py" line="76"/>
        <source>%1 (edge removed)</source>
        <translation>%1（邊已移除）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/values.py" line="101"/>
        <source>“%1” is not a number; the value is unchanged.</source>
        <translation>「%1」不是數字；值保持不變。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/values.py" line="131"/>
        <source>Type a number such as 0.4, -1.5 or 2e-3.</source>
        <translation>請輸入數字，例如 0.4、-1.5 或 2e-3。</translation>
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
        <translation>逐步講解</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/__init__.py" line="44"/>
        <source>Step through one training step value by value (F6)</source>
        <translation>逐一數值地走完一個訓練步（F6）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/chain_rule.py" line="40"/>
        <source>price</source>
        <translation>單價</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/chain_rule.py" line="41"/>
        <source>cars</source>
        <translation>車輛數</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/chain_rule.py" line="42"/>
        <source>subtotal</source>
        <translation>小計</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/chain_rule.py" line="43"/>
        <source>tax factor</source>
        <translation>稅率係數</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/chain_rule.py" line="44"/>
        <source>total</source>
        <translation>總計</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/chain_rule.py" line="106"/>
        <source>The inputs</source>
        <translation>輸入</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/chain_rule.py" line="110"/>
        <source>A car costs 15, we buy two, and 10% tax is added. Each quantity is a node of the graph.</source>
        <translation>一輛車 15，我們買兩輛，再加 10% 的稅。每個量都是圖中的一個節點。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/chain_rule.py" line="114"/>
        <source>Subtotal</source>
        <translation>小計</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/chain_rule.py" line="117"/>
        <source>A node computes its value from the nodes that feed it: here a product.</source>
        <translation>節點由輸入它的節點計算出自己的值：這裡是乘積。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/chain_rule.py" line="120"/>
        <source>Total with tax</source>
        <translation>含稅總計</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/chain_rule.py" line="123"/>
        <source>The forward pass ends at the output: 33 in total.</source>
        <translation>前向傳遞在輸出處結束：總計 33。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/chain_rule.py" line="126"/>
        <source>Start at the output</source>
        <translation>從輸出開始</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/chain_rule.py" line="128"/>
        <source>Backward, every node gets the gradient of the output with respect to itself. The output&apos;s own is 1.</source>
        <translation>反向時，每個節點都得到輸出對它自身的梯度。輸出對自己的梯度是 1。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/chain_rule.py" line="131"/>
        <source>Through the tax node</source>
        <translation>經過稅率節點</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/chain_rule.py" line="134"/>
        <source>The local derivative of a product with respect to one factor is the other factor.</source>
        <translation>乘積對其中一個因子的局部導數就是另一個因子。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/chain_rule.py" line="138"/>
        <source>Chain rule: back to the price</source>
        <translation>鏈式法則：回到單價</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/chain_rule.py" line="143"/>
        <source>The chain rule multiplies the local derivatives along the path: one more per car costs 2.2 more in total.</source>
        <translation>鏈式法則把路徑上的局部導數相乘：每輛車貴 1，總計就多 2.2。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/chain_rule.py" line="147"/>
        <source>Chain rule: back to the number of cars</source>
        <translation>鏈式法則：回到車輛數</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/chain_rule.py" line="151"/>
        <source>Every input gets its gradient the same way, with one pass backward through the graph.</source>
        <translation>每個輸入都以同樣的方式得到梯度，只需沿圖反向走一遍。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/chain_rule.py" line="155"/>
        <source>Check: one more per car</source>
        <translation>檢查：每輛車貴 1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/chain_rule.py" line="160"/>
        <source>Raising the price by 1 raises the total by exactly the gradient, because the graph is linear in the price.</source>
        <translation>單價提高 1，總計恰好提高梯度那麼多，因為圖對單價是線性的。</translation>
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
        <translation>前向時，每個節點計算自己的值；反向時，它的梯度 d(total)/d(node) 等於它所連向的節點的梯度乘以邊上的局部導數（×…）。</translation>
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
        <translation>這條邊已被移除：它不傳遞任何東西，也不參與訓練。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/matrices.py" line="244"/>
        <source>Layer:</source>
        <translation>層：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/matrices.py" line="246"/>
        <source>The layer whose matrices are shown; “the current step&apos;s” follows the steps.</source>
        <translation>顯示其矩陣的層；「目前步驟的層」會跟隨步驟變化。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/matrices.py" line="249"/>
        <source>All tables</source>
        <translation>所有表格</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/matrices.py" line="250"/>
        <source>Show every matrix of the layer, not only those of the current phase.</source>
        <translation>顯示該層的每個矩陣，而不只是目前階段的矩陣。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/matrices.py" line="253"/>
        <source>Follow neuron:</source>
        <translation>追蹤神經元：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/matrices.py" line="256"/>
        <source>This layer is too large to go through neuron by neuron: the steps follow the first two neurons and this one.</source>
        <translation>這一層太大，無法逐一神經元地講解：步驟追蹤前兩個神經元和這一個。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/matrices.py" line="287"/>
        <source>the current step&apos;s</source>
        <translation>目前步驟的層</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/matrices.py" line="316"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/typed_values.py" line="80"/>
        <source>“%1” is not a number</source>
        <translation>「%1」不是數字</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/typed_values.py" line="83"/>
        <source>type at least one number</source>
        <translation>請至少輸入一個數字</translation>
    </message>
    <message>
        <location filename="../../netbuilder/data/typed_values.py" line="85"/>
        <source>every sample needs the same number of values</source>
        <translation>每個樣本需要相同數量的值</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/model.py" line="85"/>
        <source>This network names no data: type inputs and targets by hand.</source>
        <translation>這個網路沒有指定資料：請手動輸入輸入值和目標值。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/model.py" line="95"/>
        <source>The network&apos;s data cannot be read: %1</source>
        <translation>無法讀取網路的資料：%1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/model.py" line="108"/>
        <source>no data</source>
        <translation>無資料</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/model.py" line="154"/>
        <source>%1 input rows but %2 target rows</source>
        <translation>%1 列輸入，但有 %2 列目標</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/model.py" line="166"/>
        <source>the learning rate must be a positive number</source>
        <translation>學習率必須是正數</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/tables.py" line="64"/>
        <source>sample %1</source>
        <translation>樣本 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="128"/>
        <location filename="../../netbuilder/explain/tables.py" line="79"/>
        <location filename="../../netbuilder/explain/tables.py" line="164"/>
        <source>layer “%1”</source>
        <translation>層「%1」</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/tables.py" line="85"/>
        <source>the connection “%1” → “%2”</source>
        <translation>連接「%1」→「%2」</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/tables.py" line="90"/>
        <source>what layer “%1” receives from “%2”</source>
        <translation>層「%1」從「%2」接收的內容</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/tables.py" line="93"/>
        <source>summed over the batch (δ holds the 1/n)</source>
        <translation>對整個批次求和（δ 中已含 1/n）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/tables.py" line="95"/>
        <source>sample %1&apos;s part of dL/dW</source>
        <translation>樣本 %1 在 dL/dW 中的部分</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/tables.py" line="97"/>
        <source>W after the update</source>
        <translation>更新後的 W</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/tables.py" line="103"/>
        <source>b after the update</source>
        <translation>更新後的 b</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/tables.py" line="107"/>
        <source>target y</source>
        <translation>目標 y</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/tables.py" line="108"/>
        <source>ŷ after the update</source>
        <translation>更新後的 ŷ</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/tables.py" line="111"/>
        <source>softmax Jacobian ∂ŷᵢ/∂zⱼ, sample %1</source>
        <translation>softmax 雅可比矩陣 ∂ŷᵢ/∂zⱼ，樣本 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/tables.py" line="117"/>
        <source>α after the update</source>
        <translation>更新後的 α</translation>
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
        <translation>現在無法修改網路。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/model.py" line="308"/>
        <source>Apply walkthrough update</source>
        <translation>套用逐步講解中的更新</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/model.py" line="315"/>
        <source>Update applied: loss %1 → %2. The walkthrough starts again from the new parameters.</source>
        <translation>已套用更新：損失 %1 → %2。逐步講解從新的參數重新開始。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/model.py" line="322"/>
        <source>Nothing was changed: the network keeps its parameters.</source>
        <translation>未做任何變更：網路保留原有參數。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/model.py" line="327"/>
        <source>nothing to export</source>
        <translation>沒有可匯出的內容</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/model.py" line="336"/>
        <source>Walkthrough written to %1.</source>
        <translation>逐步講解已寫入 %1。</translation>
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
        <translation>損失</translation>
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
        <translation>檢查</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/render.py" line="33"/>
        <source>One training step of “%1” (%2, loss %3, optimizer %5, learning rate η = %4)</source>
        <translation>「%1」的一個訓練步（%2，損失函數 %3，優化器 %5，學習率 η = %4）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="148"/>
        <source>Restart</source>
        <translation>重新開始</translation>
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
        <translation>依所選速度自動逐步播放</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="162"/>
        <source>s/step</source>
        <translation>秒/步</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="163"/>
        <source>Seconds per step while playing</source>
        <translation>播放時每一步的秒數</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="167"/>
        <source>Jump to:</source>
        <translation>跳到：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="173"/>
        <source>Jump to the first step of: %1</source>
        <translation>跳到此階段的第一步：%1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="179"/>
        <source>Apply update</source>
        <translation>套用更新</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="180"/>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="456"/>
        <source>Put this step&apos;s new weights and biases into the network (one undoable change)</source>
        <translation>把這一步的新權重和偏置放入網路（一次可復原的變更）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="182"/>
        <source>Discard</source>
        <translation>捨棄</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="183"/>
        <source>Leave the network as it is and start again</source>
        <translation>保持網路不變並重新開始</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="184"/>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="185"/>
        <source>Save the walkthrough as Markdown or HTML</source>
        <translation>將逐步講解儲存為 Markdown 或 HTML</translation>
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
        <translation>這個網路</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="241"/>
        <source>chain-rule warm-up</source>
        <translation>鏈式法則暖身</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="242"/>
        <source>One training step of the open network, or the tutorial&apos;s warm-up: two cars at 15 with 10% tax</source>
        <translation>開啟的網路的一個訓練步，或教學中的暖身例子：兩輛單價 15 的車，加 10% 的稅</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="245"/>
        <source>Walk through:</source>
        <translation>講解：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="248"/>
        <source>the network&apos;s data</source>
        <translation>網路的資料</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="249"/>
        <source>typed by hand</source>
        <translation>手動輸入</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="250"/>
        <source>Samples:</source>
        <translation>樣本：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="253"/>
        <source>The (first) sample of the data to step through</source>
        <translation>要逐步講解的（第一個）資料樣本</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="257"/>
        <source>batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="258"/>
        <source>How many samples from there form the mini-batch; the gradients are averaged over it</source>
        <translation>從該樣本起取多少個樣本組成小批次；梯度在其上取平均</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="267"/>
        <source>Sample:</source>
        <translation>樣本：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="269"/>
        <source>The inputs, separated by commas; several samples separated by ‘;’</source>
        <translation>輸入值，用逗號分隔；多個樣本用「;」分隔</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="272"/>
        <source>The targets, separated by commas; several samples separated by ‘;’</source>
        <translation>目標值，用逗號分隔；多個樣本用「;」分隔</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="274"/>
        <source>Inputs x:</source>
        <translation>輸入 x：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="275"/>
        <source>Targets y:</source>
        <translation>目標 y：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="278"/>
        <source>A mini-batch&apos;s gradients are averages; the formulas follow this sample&apos;s part</source>
        <translation>小批次的梯度是平均值；公式展示這個樣本的那一部分</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="281"/>
        <source>Formulas for:</source>
        <translation>公式對應：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="282"/>
        <source>sample</source>
        <translation>樣本</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="285"/>
        <source>Loss:</source>
        <translation>損失函數：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="287"/>
        <source>The learning rate η of this step: w ← w − η·dL/dw</source>
        <translation>這一步的學習率 η：w ← w − η·dL/dw</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="288"/>
        <source>Learning rate η:</source>
        <translation>學習率 η：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="292"/>
        <source>significant digits</source>
        <translation>位有效數字</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="293"/>
        <source>How many digits the formulas show; hover a number for all of them</source>
        <translation>公式顯示多少位數字；滑鼠停留在數字上可檢視全部</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="295"/>
        <source>Precision:</source>
        <translation>精度：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="421"/>
        <source>Nothing to step through yet.</source>
        <translation>還沒有可以逐步講解的內容。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="514"/>
        <source>of %1</source>
        <translation>共 %1 個</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="535"/>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="541"/>
        <source>network&apos;s: %1</source>
        <translation>網路設定：%1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="582"/>
        <source>The learning rate must be a positive number.</source>
        <translation>學習率必須是正數。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="615"/>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="659"/>
        <source>HTML pages (*.html)</source>
        <translation>HTML 網頁 (*.html)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="661"/>
        <source>Markdown files (*.md)</source>
        <translation>Markdown 檔案 (*.md)</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="663"/>
        <source>Export walkthrough</source>
        <translation>匯出逐步講解</translation>
    </message>
    <message>
        <location filename="../../netbuilder/ui/walkthrough/panel.py" line="672"/>
        <source>Cannot write the walkthrough: %1</source>
        <translation>無法寫入逐步講解：%1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/render.py" line="16"/>
        <source>Forward pass</source>
        <translation>前向傳遞</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/render.py" line="18"/>
        <source>Backward pass (backpropagation)</source>
        <translation>反向傳遞（反向傳播）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/render.py" line="37"/>
        <source>Input x = %1, target y = %2</source>
        <translation>輸入 x = %1，目標 y = %2</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/render.py" line="39"/>
        <source>A mini-batch of %1 samples; gradients are averaged over the batch.</source>
        <translation>%1 個樣本組成的小批次；梯度在整個批次上取平均。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="127"/>
        <source>output layer “%1”</source>
        <translation>輸出層「%1」</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="149"/>
        <source>Values shown for sample %1 of %2.</source>
        <translation>顯示的是 %2 個樣本中第 %1 個的值。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="170"/>
        <source>The other neurons of %1</source>
        <translation>%1的其他神經元</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="172"/>
        <source>Every neuron computes the same way; the layer has %1 neurons.</source>
        <translation>每個神經元的計算方式相同；這一層有 %1 個神經元。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="209"/>
        <source>All gradients of the weights into %1</source>
        <translation>通往%1的所有權重的梯度</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="212"/>
        <source>Each weight&apos;s gradient is the input it carries times the δ of the neuron it feeds.</source>
        <translation>每個權重的梯度等於它傳遞的輸入乘以它所連向的神經元的 δ。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="108"/>
        <location filename="../../netbuilder/explain/steps.py" line="258"/>
        <source>%1 more terms</source>
        <translation>另有 %1 項</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="269"/>
        <source>The weighted sum: each input times the weight of its edge, plus the bias.</source>
        <translation>加權和：每個輸入乘以其邊上的權重，再加上偏置。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="271"/>
        <source>No edge reaches this neuron, so only its bias counts.</source>
        <translation>沒有邊連到這個神經元，所以只有它的偏置起作用。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="274"/>
        <source>Weighted sum of %1 (%2)</source>
        <translation>%1 的加權和（%2）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="119"/>
        <source>Convolution at %1%2 (%3)</source>
        <translation>%1%2 處的卷積（%3）</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="123"/>
        <source>Filter %1 lies on a window of the input: each pixel under it times the kernel weight on it, all added up, plus the filter&apos;s bias. The same kernel slides to every position, so the feature map is the filter&apos;s answer everywhere.</source>
        <translation>卷積核 %1 蓋在輸入的一個視窗上：視窗裡每個像素乘以對應的卷積核權重，全部加起來，再加上這個卷積核的偏置。同一個卷積核滑過每個位置，所以特徵圖就是這個卷積核在每個位置的回應。</translation>
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
        <translation>激活函數把加權和變成神經元的輸出。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="133"/>
        <source>The other filters at %1</source>
        <translation>%1 處的其他卷積核</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="135"/>
        <source>output %1 × %2 × %3</source>
        <translation>輸出 %1 × %2 × %3</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="136"/>
        <source>Every filter and every position is computed the same way: %1 values in all.</source>
        <translation>每個卷積核、每個位置都這樣計算：一共 %1 個值。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="156"/>
        <source>Max pooling keeps the strongest response of each window: the feature is still there, the map is smaller, and small shifts of the input matter less.</source>
        <translation>最大池化保留每個視窗裡最強的回應：特徵還在，特徵圖變小了，輸入的小幅平移影響也更小。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="158"/>
        <source>Max pooling at %1</source>
        <translation>%1 處的最大池化</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="164"/>
        <source>Average pooling keeps the mean of each window: a smaller, smoother map.</source>
        <translation>平均池化保留每個視窗的平均值：特徵圖更小、更平滑。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="165"/>
        <source>Average pooling at %1</source>
        <translation>%1 處的平均池化</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="188"/>
        <source>Flatten %1</source>
        <translation>攤平%1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="189"/>
        <source>Flatten only reorders: the maps are read row by row, all channels of a pixel together, into one vector for the dense layers. Nothing is computed.</source>
        <translation>Flatten 只是重新排列：按列讀取特徵圖，一個像素的所有通道放在一起，排成一個向量交給全連接層。不做任何計算。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="218"/>
        <source>Gradient through %1</source>
        <translation>穿過%1的梯度</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="219"/>
        <source>Backward, Flatten puts each gradient back at the pixel it came from.</source>
        <translation>反向時，Flatten 把每個梯度放回它原來的像素位置。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="235"/>
        <source>the winner</source>
        <translation>勝出者</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="237"/>
        <source>every other input of the window: + 0</source>
        <translation>視窗中的其他輸入：+ 0</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="240"/>
        <source>Only the input that won the window influenced the output, so the whole gradient goes back to it; the others get none.</source>
        <translation>只有在視窗中勝出的那個輸入影響了輸出，所以全部梯度都傳回給它，其他輸入得不到梯度。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="246"/>
        <source>Every input of the window counted equally in the mean, so each gets an equal share of the gradient.</source>
        <translation>視窗中每個輸入在平均值裡的分量相同，所以每個輸入分到相等的梯度。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="250"/>
        <source>Gradient through the pooling at %1</source>
        <translation>穿過 %1 處池化的梯度</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="286"/>
        <source>%1 terms</source>
        <translation>%1 項</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="289"/>
        <source>Gradient of the kernel weight %1</source>
        <translation>卷積核權重 %1 的梯度</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="292"/>
        <source>A kernel weight is used at every position of the map, so its gradient adds up the δ of every position times the input pixel the weight met there.</source>
        <translation>一個卷積核權重在特徵圖的每個位置都被用到，所以它的梯度是把每個位置的 δ 乘以該權重在那裡遇到的輸入像素，再全部加起來。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="299"/>
        <source>The bias is added at every position, so its gradient is the sum of the map&apos;s δ.</source>
        <translation>偏置在每個位置都被加上，所以它的梯度是整張特徵圖 δ 的總和。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="324"/>
        <source>Update the filters of %1</source>
        <translation>更新%1的卷積核</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="301"/>
        <location filename="../../netbuilder/explain/steps.py" line="351"/>
        <source>%1 more</source>
        <translation>另有 %1 個</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="302"/>
        <source>Softmax over %1</source>
        <translation>對%1做 Softmax</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="303"/>
        <source>Softmax turns the scores into probabilities that add up to 1.</source>
        <translation>Softmax 把分數變成總和為 1 的機率。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="318"/>
        <source>sample %1:</source>
        <translation>樣本 %1：</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="319"/>
        <location filename="../../netbuilder/explain/steps.py" line="422"/>
        <source>over the batch</source>
        <translation>對整個批次</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="327"/>
        <source>plus the penalty %1</source>
        <translation>加上懲罰項 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="320"/>
        <source>The loss measures how far the prediction ŷ is from the target y.</source>
        <translation>損失衡量預測值 ŷ 與目標值 y 相差多遠。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="356"/>
        <source>Gradient of the loss at the output</source>
        <translation>輸出處的損失梯度</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="352"/>
        <source>Backpropagation starts here: how much the loss changes when the output changes.</source>
        <translation>反向傳播從這裡開始：輸出變化時損失變化多少。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="381"/>
        <source>Gradient arriving at %1</source>
        <translation>到達 %1 的梯度</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="382"/>
        <source>The chain rule: the neuron&apos;s output affects the loss through every edge it feeds.</source>
        <translation>鏈式法則：神經元的輸出透過它連出的每一條邊影響損失。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/engine/losses.py" line="280"/>
        <source>ŷ is so close to 0 or 1 that log(1 − ŷ) and dL/dŷ computed from ŷ lose their digits (Keras clips ŷ at 10⁻⁷ and gets them wrong). NetBuilder computes the loss and δ = ŷ − y from z instead, and dL/dŷ with 1 − ŷ = σ(−z), so the values shown are exact.</source>
        <translation>ŷ 太接近 0 或 1，由 ŷ 算出的 log(1 − ŷ) 和 dL/dŷ 會失去有效位數（Keras 把 ŷ 截斷在 10⁻⁷，因而算錯）。NetBuilder 改由 z 計算損失和 δ = ŷ − y，並用 1 − ŷ = σ(−z) 計算 dL/dŷ，所以顯示的值是精確的。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/engine/losses.py" line="359"/>
        <source>With softmax and cross-entropy together, the chain rule simplifies to δ = ŷ − y.</source>
        <translation>softmax 與交叉熵一起使用時，鏈式法則化簡為 δ = ŷ − y。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/engine/losses.py" line="374"/>
        <source>The target class&apos;s probability ŷ is so small that log ŷ and dL/dŷ = −y/ŷ computed from ŷ lose their digits or overflow (Keras clips ŷ at 10⁻⁷ and gets them wrong). NetBuilder computes the loss with log-sum-exp and δ = ŷ − y from z instead, so the values shown are exact wherever a float can hold them.</source>
        <translation>目標類別的機率 ŷ 太小，由 ŷ 算出的 log ŷ 和 dL/dŷ = −y/ŷ 會失去有效位數甚至溢位（Keras 把 ŷ 截斷在 10⁻⁷，因而算錯）。NetBuilder 改由 z 以 log-sum-exp 計算損失，並由 z 計算 δ = ŷ − y，所以只要浮點數表示得了，顯示的值都是精確的。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/engine/losses.py" line="262"/>
        <source>With sigmoid and binary cross-entropy together, the chain rule simplifies to δ = ŷ − y.</source>
        <translation>sigmoid 與二元交叉熵一起使用時，鏈式法則化簡為 δ = ŷ − y。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="269"/>
        <location filename="../../netbuilder/explain/steps.py" line="400"/>
        <source>δ is the gradient of the loss with respect to the weighted sum z: dL/da · da/dz.</source>
        <translation>δ 是損失對加權和 z 的梯度：dL/da · da/dz。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="267"/>
        <location filename="../../netbuilder/explain/steps.py" line="401"/>
        <source>Error signal %1</source>
        <translation>誤差訊號 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="424"/>
        <source>plus the penalty gradient %1</source>
        <translation>加上懲罰項的梯度 %1</translation>
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
        <translation>權重的梯度：它所連向的神經元的 δ 乘以它傳遞的輸入。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="436"/>
        <source>The bias adds 1 × b to z, so its gradient is δ itself.</source>
        <translation>偏置給 z 加上 1 × b，所以它的梯度就是 δ 本身。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="323"/>
        <location filename="../../netbuilder/explain/steps.py" line="480"/>
        <source>%1 more weights, updated the same way</source>
        <translation>另有 %1 個權重，以同樣的方式更新</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="481"/>
        <source>Update the weights into %1</source>
        <translation>更新通往%1的權重</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/image_steps.py" line="325"/>
        <location filename="../../netbuilder/explain/steps.py" line="482"/>
        <source>Each weight takes a small step against its gradient, downhill on the loss.</source>
        <translation>每個權重沿梯度的反方向邁一小步，在損失曲面上往下走。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="498"/>
        <source>%1 more biases</source>
        <translation>另有 %1 個偏置</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="499"/>
        <source>Update the biases of %1</source>
        <translation>更新%1的偏置</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="500"/>
        <source>Biases are updated like weights.</source>
        <translation>偏置的更新方式與權重相同。</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="508"/>
        <location filename="../../netbuilder/explain/steps.py" line="511"/>
        <source>was %1</source>
        <translation>原為 %1</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="510"/>
        <source>lower ✓</source>
        <translation>更低 ✓</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="510"/>
        <source>not lower: the learning rate may be too large</source>
        <translation>沒有降低：學習率可能太大</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="512"/>
        <source>Forward again with the new parameters</source>
        <translation>用新參數再做一次前向傳遞</translation>
    </message>
    <message>
        <location filename="../../netbuilder/explain/steps.py" line="513"/>
        <source>One step of gradient descent; training repeats this many times.</source>
        <translation>一步梯度下降；訓練就是把它重複許多次。</translation>
    </message>
</context>
</TS>
