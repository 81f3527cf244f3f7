import type { FileResult } from '../consultation/consultationFile';
import type { Translate } from '../results/format';

export type FileError = Extract<FileResult, { ok: false }>['error'] | 'unreadable';

/** Why a file cannot be opened, in words, naming the file. */
export function fileErrorText(error: FileError, name: string, t: Translate): string {
  switch (error) {
    case 'not_json':
      return t('advisor.file.error.notJson', { name });
    case 'not_a_consultation':
      return t('advisor.file.error.notConsultation', { name });
    case 'unsupported_version':
      return t('advisor.file.error.newer', { name });
    case 'too_large':
      return t('advisor.file.error.tooLarge', { name });
    case 'unreadable':
      return t('advisor.file.error.unreadable', { name });
    case 'invalid':
      return t('advisor.file.error.invalid', { name });
  }
}
