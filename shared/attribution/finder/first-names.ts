/**
 * Common given names whose usual gender is clear, to match "she said" / "he said" when no title or role
 * says it (Mr, Mrs, spokeswoman). International but small; a name in neither list leaves gender unknown.
 */
const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

export const FEMALE_FIRST_NAMES = words(`
  Maria Marie Mary Anna Ana Anne Ann Annie Elena Helena Helen Ellen Elizabeth Liz Eliza Sarah Sara Daniela
  Daniella Julia Julie Laura Lara Sophie Sofia Sophia Olga Natalia Natalya Tatiana Tatyana Svetlana Irina
  Ekaterina Yekaterina Yulia Valentina Lyudmila Marina Ursula Angela Christine Christina Kristina Catherine
  Katherine Kathryn Kate Katie Karen Karin Karoline Caroline Carolina Claudia Giorgia Giulia Francesca Chiara
  Alessandra Isabel Isabella Isabelle Carmen Pilar Lucia Marta Beatriz Ines Inês Teresa Rosa Emma Emily Amelia
  Olivia Charlotte Alice Grace Hannah Jessica Jennifer Jane Janet Joan Joanna Joanne Judith Linda Lisa Margaret
  Margarethe Margrethe Michelle Nancy Patricia Rachel Rebecca Ruth Susan Suzanne Victoria Yvonne Kamala Hillary
  Nikki Marjorie Alexandria Elise Kristi Tulsi Pam Pamela Serena Venus Naomi Simona Mandy Colette Odile Corinne
  Agnes Agnès Ségolène Marine Anne-Marie Mette Sanna Jacinda Ingrid Yuriko Sanae Mariko Keiko Yoko Indira Sonia
  Priyanka Nirmala Smriti Mamata Fatima Aisha Ayesha Leila Layla Yasmin Zainab Mariam Maryam Noura Rania Ngozi
  Winnie Chimamanda Dilma Cristina Xiomara Gabriela Dina Shirin Golda Tzipi Ayelet Viola Nadia Nadine Sabine
  Ulrike Annalena Svenja Petra Renate Brigitte Sylvie Valérie Valerie Nathalie Amélie Amelie`);

export const MALE_FIRST_NAMES = words(`
  John James Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark
  Donald Steven Stephen Paul Andrew Joshua Kenneth Kevin Brian George Timothy Tim Ronald Edward Jason Jeffrey
  Ryan Gary Nicholas Eric Jonathan Larry Justin Scott Brandon Benjamin Samuel Frank Gregory Raymond Alexander
  Patrick Jack Dennis Jerry Tyler Aaron Jose José Henry Adam Douglas Nathan Peter Zachary Kyle Walter Harold
  Jeremy Ethan Carl Keith Roger Gerald Christian Terry Sean Arthur Austin Noah Lawrence Jesse Joe Bryan Billy
  Jordan Albert Dylan Bruce Willie Gabriel Alan Juan Logan Wayne Ralph Roy Eugene Randy Vincent Russell Louis
  Philip Bobby Johnny Bradley Marco Mike Jim Bill Tom Tony Bob Dan Ben Vladimir Dmitry Dmitri Sergei Sergey
  Alexei Alexey Mikhail Nikolai Ivan Igor Oleg Yuri Viktor Victor Boris Andrei Andriy Volodymyr Petro Oleksandr
  Oleksiy Denys Ruslan Kirill Maxim Pavel Anatoly Grigory Ramzan Yevgeny Emmanuel Pierre Jacques François
  Francois Nicolas Olivier Michel Philippe Jean-Luc Jean-Noël Olaf Friedrich Frank-Walter Markus Wolfgang
  Helmut Gerhard Karl Hans Jürgen Jurgen Arno Oliver Rishi Keir Nigel Gordon Giorgio Sergio Matteo Mario
  Giuseppe Carlo Antonio António Pedro Luis Luiz Jair Javier Alberto Andrés Andres Gustavo Nicolás Nayib Xi
  Narendra Rahul Shinzo Fumio Shigeru Recep Hakan Mevlüt Ali Mohammed Muhammad Mohamed Ahmed Ahmad Abdel
  Abdullah Hassan Hussein Hossein Ebrahim Masoud Yair Naftali Isaac Yoav Israel Mahmoud Ismail Yahya Khalid
  Tamim Salman Faisal Cyril Bola Muhammadu Uhuru Abiy Elon Jeff Satya Sundar Warren Luc Jude Ruben Erling
  Kylian Lionel Cristiano Novak Rafael Carlos Jannik Adrian`);
