// Accessibility helpers for Vant's parts that give no way to name their own controls.

import type { Directive } from "vue";

function name(el: HTMLElement, label: string): void {
  el.querySelectorAll<HTMLInputElement>("input[type=file]").forEach((input) => {
    input.setAttribute("aria-label", label);
  });
}

/** v-file-label="'上传照片'": names the file input a van-uploader draws (it takes no attrs). */
export const vFileLabel: Directive<HTMLElement, string> = {
  mounted: (el, binding) => name(el, binding.value),
  updated: (el, binding) => name(el, binding.value),
};
