// The authenticator key as a QR code, drawn on a canvas (no image URL, no inline markup), for the phone's camera.
import qrcode from "qrcode-generator";

export function drawQr(canvas: HTMLCanvasElement, text: string, moduleSize = 5): void {
  const code = qrcode(0, "M");
  code.addData(text);
  code.make();
  const quiet = 4;   // the blank border scanners need
  const count = code.getModuleCount();
  canvas.width = canvas.height = (count + 2 * quiet) * moduleSize;
  const g = canvas.getContext("2d")!;
  g.fillStyle = "#fff";
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.fillStyle = "#000";
  for (let row = 0; row < count; row++)
    for (let col = 0; col < count; col++)
      if (code.isDark(row, col)) g.fillRect((col + quiet) * moduleSize, (row + quiet) * moduleSize, moduleSize, moduleSize);
}
